import { useEffect, useState } from "react";
import { t, wantEnglish } from "@/app/lib/i18n";
import { clientLanguageChoices, useLanguageChoices } from "./language-choices";
import { clearLocalePending, isLocalePending } from "./language-settings";

/**
 * Shows the page the head's bootstrap kept hidden until its interface is English
 * (`markLocalePending`): from the next frame, which React draws in the new words.
 */
function showPage(): void {
  const root = document.documentElement;
  if (isLocalePending(root)) requestAnimationFrame(() => clearLocalePending(root));
}

// A page that opens in English (the head's bootstrap marked it) fetches English beside the app's
// code, and the catalogue's parts installed from now on load their English with them, so the switch
// after hydration waits for no request. (A failure is said when the page switches: it imports again.)
if (typeof document !== "undefined" && isLocalePending(document.documentElement)) {
  wantEnglish();
  import("@/app/lib/i18n-english").catch(() => {});
}

/** Whether the page was ever shown otherwise than as published (Chinese, simplified). */
let changed = false;

/**
 * Keeps the page in the reader's script and interface language (after hydration, and on every
 * change). Returns what went wrong when the traditional tables or the catalogue could not be
 * loaded (the page then stays as it was), for the controls to say.
 */
export function usePageLanguage(): string | null {
  const { script, locale } = useLanguageChoices();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // The hydrating render shows the page as published: when the reader's script or language is
    // another, the render in theirs follows at once, and its effect changes the page.
    const client = clientLanguageChoices();
    if (client.script !== script || client.locale !== locale) return;
    if (!changed && locale === "zh" && script === "hans") return showPage();
    changed = true;
    let live = true;
    // Its code loads only when the page is to change: most readers read it as published.
    import("./page-language")
      .then(({ applyPageLanguage }) => applyPageLanguage(locale, script, () => live))
      .then(
        () => live && setError(null),
        (cause: unknown) =>
          live &&
          setError(t("reading.scriptFailed", { message: cause instanceof Error ? cause.message : String(cause) })),
      )
      .finally(showPage);
    return () => {
      live = false;
    };
  }, [locale, script]);
  return error;
}

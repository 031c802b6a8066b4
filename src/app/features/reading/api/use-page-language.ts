import { useEffect, useState } from "react";
import { t } from "@/app/lib/i18n";
import { useIsClient } from "@/app/lib/use-is-client";
import { useLanguageChoices } from "./reading-settings";

/**
 * Keeps the page in the reader's script and interface language (after hydration, and on every
 * change). Returns what went wrong when the traditional tables or the catalogue could not be
 * loaded (the page then stays as it was), for the controls to say.
 */
/** Whether the page was ever shown otherwise than as published (Chinese, simplified). */
let changed = false;

export function usePageLanguage(): string | null {
  const { script, locale } = useLanguageChoices();
  const isClient = useIsClient();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!isClient || (!changed && locale === "zh" && script === "hans")) return;
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
      );
    return () => {
      live = false;
    };
  }, [isClient, locale, script]);
  return error;
}

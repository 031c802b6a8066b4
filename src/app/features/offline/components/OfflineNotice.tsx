import { useT } from "@/app/lib/i18n";
import { SavedIssuesList } from "./SavedIssuesList";

/** The offline page: what cannot be read now, why, and what can (the saved issues). */
export function OfflineNotice() {
  const t = useT();
  return (
    <div className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="headline text-2xl">{t("offline.title")}</h1>
      <p className="mt-4">{t("offline.text")}</p>
      <SavedIssuesList headingLevel="h2" />
    </div>
  );
}

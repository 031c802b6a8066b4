import { SavedIssuesList } from "./SavedIssuesList";

/** The offline page: what cannot be read now, why, and what can (the saved issues). */
export function OfflineNotice() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="headline text-2xl">现在处于离线状态</h1>
      <p className="mt-4">
        这一页没有保存到本机，联网后才能阅读。在某一期的版面上点“保存本期”，整期报纸就可以离线阅读。
      </p>
      <SavedIssuesList headingLevel="h2" />
    </div>
  );
}

import { useState } from "react";
import type { IssueEntry, IssueFile } from "@/bundle/schema";
import { removeSavedIssue, saveIssue, useSavedIssues } from "../api/saved-issues";
import { Icon } from "@/app/components/Icon";
import { useT } from "@/app/lib/i18n";

type Status = { kind: "idle" } | { kind: "saving"; done: number; total: number } | { kind: "failed"; message: string };

/**
 * 保存本期: saves the whole issue for offline reading, with progress, and says how it went: saved,
 * or failed with nothing saved (a save is all or nothing) and a retry.
 */
export function SaveIssueButton({ paperId, entry, issue }: { paperId: string; entry: IssueEntry; issue: IssueFile }) {
  const t = useT();
  const saved = useSavedIssues().find((s) => s.paperId === paperId && s.date === issue.date);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const save = async () => {
    try {
      await saveIssue(paperId, entry, issue, (done, total) => setStatus({ kind: "saving", done, total }));
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {saved === undefined || status.kind === "saving" ? (
        <button
          type="button"
          className="control-button"
          onClick={() => void save()}
          disabled={status.kind === "saving"}
        >
          <Icon d="M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3" />
          {status.kind === "failed" ? t("common.retry") : t("offline.save")}
        </button>
      ) : (
        <button type="button" className="control-button" onClick={() => void removeSavedIssue(paperId, entry, issue)}>
          {t("offline.remove")}
        </button>
      )}
      <p role="status" className="text-muted">
        {status.kind === "saving" && (
          <>
            {t("offline.saving", { done: status.done, total: status.total })}
            <progress className="ml-2 align-middle" max={status.total} value={status.done} />
          </>
        )}
        {status.kind === "idle" && saved !== undefined && t("offline.saved", { files: saved.files })}
        {status.kind === "failed" && t("offline.failed", { message: status.message })}
      </p>
    </div>
  );
}

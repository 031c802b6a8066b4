import { useState } from "react";
import type { IssueEntry, IssueFile } from "@/bundle/schema";
import { useSavedIssues } from "../api/saved-list";
import { Icon } from "@/app/components/Icon";
import { useT } from "@/app/lib/i18n";

/** `starting`: the saving code is loading (the button is disabled as while saving). */
type Status =
  | { kind: "idle" }
  | { kind: "starting" }
  | { kind: "saving"; done: number; total: number }
  | { kind: "failed"; message: string };

/**
 * 保存本期: saves the whole issue for offline reading, with progress, and says how it went: saved,
 * or failed with nothing saved (a save is all or nothing) and a retry. The saving code loads when
 * the reader saves or removes (it is not needed to show the button: the page's first view stays
 * smaller).
 */
export function SaveIssueButton({ paperId, entry, issue }: { paperId: string; entry: IssueEntry; issue: IssueFile }) {
  const t = useT();
  const saved = useSavedIssues().find((s) => s.paperId === paperId && s.date === issue.date);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const save = async () => {
    setStatus({ kind: "starting" });
    try {
      const { saveIssue } = await import("../api/saved-issues");
      await saveIssue(paperId, entry, issue, (done, total) => setStatus({ kind: "saving", done, total }));
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {saved === undefined || status.kind === "saving" || status.kind === "starting" ? (
        <button
          type="button"
          className="control-button"
          onClick={() => void save()}
          disabled={status.kind === "saving" || status.kind === "starting"}
        >
          <Icon d="M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3" />
          {status.kind === "failed" ? t("common.retry") : t("offline.save")}
        </button>
      ) : (
        <button
          type="button"
          className="control-button"
          onClick={() =>
            void import("../api/saved-issues").then((code) => code.removeSavedIssue(paperId, entry, issue))
          }
        >
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

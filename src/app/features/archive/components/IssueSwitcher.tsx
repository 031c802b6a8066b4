import type { ReactNode } from "react";
import { Link } from "react-router";
import type { IssueDate } from "@/bundle/schema";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";

/**
 * Previous and next issue of the paper, and the way to its calendar, with the issue's own actions
 * (`children`, e.g. 保存本期) beside it in the middle (see `neighbourIssues`).
 */
export function IssueSwitcher({
  older,
  newer,
  issuePath,
  calendarPath,
  children,
}: {
  older: IssueDate | null;
  newer: IssueDate | null;
  issuePath: (date: string) => string;
  calendarPath: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <nav aria-label={t("archive.issueNav")} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      {older ? (
        <Link to={issuePath(older.date)} className="control-button" rel="prev">
          {t("archive.older")}
          <span className="sr-only"> ({formatIssueDate(older)})</span>
        </Link>
      ) : (
        <span />
      )}
      <div className="flex flex-wrap items-center justify-center gap-2">
        <Link to={calendarPath} className="control-button">
          {t("archive.title")}
        </Link>
        {children}
      </div>
      {newer ? (
        <Link to={issuePath(newer.date)} className="control-button" rel="next">
          {t("archive.newer")}
          <span className="sr-only"> ({formatIssueDate(newer)})</span> →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

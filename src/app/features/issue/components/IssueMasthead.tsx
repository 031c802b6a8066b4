import type { IssueEntry, Paper } from "@/bundle/schema";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";

/**
 * The masthead line of a page (报头): paper, date, page. A supplied paper name or an inferred date
 * says so, with the reason one click away (a <details>, readable without JavaScript).
 */
export function IssueMasthead({
  paper,
  issue,
  page,
  headingLevel,
}: {
  paper: Paper;
  issue: Pick<IssueEntry, "date" | "dateApproximate" | "dateNote">;
  page: { no: number; name: string | null };
  headingLevel: "h1" | "p";
}) {
  const t = useT();
  const Heading = headingLevel;
  return (
    <header className="border-b-4 border-double border-accent pb-3 text-center">
      <Heading className="font-serif text-3xl font-bold tracking-[0.2em] text-accent sm:text-4xl">
        <span data-content="">{paper.name}</span>
        {paper.nameNote !== null && <span className="sr-only">{t("masthead.nameNoteSr")}</span>}
      </Heading>
      <p className="mt-2 flex flex-wrap items-center justify-center gap-x-3 gap-y-1 text-sm text-muted">
        <span>{formatIssueDate(issue)}</span>
        <span aria-hidden="true">·</span>
        <span>{pageLabel(page)}</span>
      </p>
      {(paper.nameNote !== null || (issue.dateApproximate && issue.dateNote !== null)) && (
        <details className="mx-auto mt-2 max-w-prose text-left text-xs text-muted">
          <summary className="cursor-pointer text-center">
            {[paper.nameNote !== null && t("masthead.nameNote"), issue.dateApproximate && t("masthead.dateNote")]
              .filter(Boolean)
              .join(t("common.listSeparator"))}
          </summary>
          {paper.nameNote !== null && (
            <p className="mt-1" data-content="">
              {paper.nameNote}
            </p>
          )}
          {issue.dateApproximate && issue.dateNote !== null && (
            <p className="mt-1" data-content="">
              {issue.dateNote}
            </p>
          )}
        </details>
      )}
    </header>
  );
}

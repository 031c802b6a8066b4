import { Link } from "react-router";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import { useSavedIssues } from "../api/saved-list";

/** The issues saved for offline reading, newest saved first; nothing when there are none. */
export function SavedIssuesList({ headingLevel = "h2" }: { headingLevel?: "h2" | "h3" }) {
  const t = useT();
  const saved = useSavedIssues();
  const Heading = headingLevel;
  if (saved.length === 0) return null;
  return (
    <section aria-labelledby="saved-issues" className="mt-8">
      <Heading id="saved-issues" className="section-label">
        {t("offline.savedIssues")}
      </Heading>
      <ul className="mt-2 divide-y divide-rule">
        {saved.map((issue) => (
          <li key={`${issue.paperId}/${issue.date}`} className="py-2">
            <Link to={paths.issue.to(issue.paperId, issue.date)} className="link-quiet">
              <span data-content="">{issue.paperName}</span> · {formatIssueDate(issue)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link } from "react-router";
import type { SearchHit } from "@/search/search-types";
import { paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { useT } from "@/app/lib/i18n";
import { HighlightedText } from "@/app/components/HighlightedText";
import { hitAddress } from "../api/search-params";

/** One result: title, date, paper, page and byline, and the excerpt with every match marked. */
export function SearchHitItem({
  hit,
  query,
  paperName,
  dateApproximate,
}: {
  hit: SearchHit;
  query: string;
  paperName: string;
  dateApproximate: boolean;
}) {
  const t = useT();
  const address = hitAddress(hit.key);
  const to =
    address === null
      ? null
      : `${paths.article.to(address.paper, address.date, address.page, address.seq)}?hl=${encodeURIComponent(query)}`;
  return (
    <li className="search-hit">
      <h2 className="headline text-lg" data-content="">
        {to === null ? (
          <HighlightedText text={hit.title || t("common.untitled")} ranges={hit.titleHighlights} />
        ) : (
          <Link to={to} className="link-quiet">
            <HighlightedText text={hit.title || t("common.untitled")} ranges={hit.titleHighlights} />
          </Link>
        )}
      </h2>
      <p className="text-xs text-muted">
        <span data-content="">{paperName}</span> · {formatIssueDate({ date: hit.date, dateApproximate })} ·{" "}
        {pageLabel({ no: hit.page, name: null })}
        {hit.byline !== null && <span data-content=""> · {hit.byline.replace(/^[■□▲◆●]\s*/u, "")}</span>}
      </p>
      {hit.snippet.text !== "" && (
        <p className="mention-sentence" data-content="">
          {hit.snippet.truncatedStart && "…"}
          <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
          {hit.snippet.truncatedEnd && "…"}
        </p>
      )}
    </li>
  );
}

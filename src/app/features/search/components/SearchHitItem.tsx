import { Link } from "react-router";
import type { SearchHit } from "@/search/search-types";
import { paths } from "@/app/config/paths";
import { formatIssueDate } from "@/app/lib/format-date";
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
  const address = hitAddress(hit.key);
  const to =
    address === null
      ? null
      : `${paths.article.to(address.paper, address.date, address.page, address.seq)}?hl=${encodeURIComponent(query)}`;
  return (
    <li className="search-hit">
      <h2 className="headline text-lg">
        {to === null ? (
          <HighlightedText text={hit.title || "（无标题）"} ranges={hit.titleHighlights} />
        ) : (
          <Link to={to} className="link-quiet">
            <HighlightedText text={hit.title || "（无标题）"} ranges={hit.titleHighlights} />
          </Link>
        )}
      </h2>
      <p className="text-xs text-muted">
        {paperName} · {formatIssueDate({ date: hit.date, dateApproximate })} · 第{hit.page}版
        {hit.byline !== null && ` · ${hit.byline.replace(/^[■□▲◆●]\s*/u, "")}`}
      </p>
      {hit.snippet.text !== "" && (
        <p className="mention-sentence">
          {hit.snippet.truncatedStart && "…"}
          <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
          {hit.snippet.truncatedEnd && "…"}
        </p>
      )}
    </li>
  );
}

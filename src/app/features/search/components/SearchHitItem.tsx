import { Link } from "react-router";
import { MarkedText } from "@/app/components/HighlightedText";
import type { SearchHitParts } from "./search-hit-parts";

/**
 * One result: title, date, paper, page and byline, and the excerpt with every match marked, drawn
 * from its parts (`searchHitParts`), as the search page's early drawer draws it (same markup: the
 * app adopts the results that drawer drew before it loaded).
 */
export function SearchHitItem({ parts }: { parts: SearchHitParts }) {
  const title = <MarkedText segments={parts.title} />;
  return (
    <li className="search-hit">
      <h2 className="headline text-lg" data-content="">
        {parts.to === null ? (
          title
        ) : (
          // No `data-discover`: that is for routes discovered lazily, which this app does not do.
          <Link to={parts.to} className="link-quiet" discover="none">
            {title}
          </Link>
        )}
      </h2>
      <p className="text-xs text-muted">
        <span data-content="">{parts.paper}</span>
        {parts.when}
        {parts.byline !== null && <span data-content="">{parts.byline}</span>}
      </p>
      {parts.snippet !== null && (
        <p className="mention-sentence" data-content="">
          {parts.snippet.truncatedStart && "…"}
          <MarkedText segments={parts.snippet.text} />
          {parts.snippet.truncatedEnd && "…"}
        </p>
      )}
    </li>
  );
}

import type { SearchHit } from "@/search/search-types";
import { paths } from "@/app/config/paths";
import { formatIssueDate, pageLabel } from "@/app/lib/format-date";
import { highlightSegments, type TextSegment } from "@/app/lib/highlight-segments";
import { t } from "@/app/lib/i18n";
import { hitAddress } from "../api/search-params";
import { paperName, type SearchContext } from "./search-page-text";

/**
 * What one result shows, as text runs: the one description of a hit that both its React component
 * (`SearchHitItem`) and the search page's early drawer (`early-results.ts`, which draws the first
 * results before the app has loaded) build their markup from, so that the two cannot differ.
 * Each string is one text node of the markup.
 */
export interface SearchHitParts {
  /** The article's address in the app, with the query to highlight (`?hl=`); null when the key names none. */
  to: string | null;
  title: TextSegment[];
  paper: string;
  /** The date and the page after the paper's name: ` · 2024年6月3日 · 第1版`. */
  when: string;
  /** ` · ` and the byline without its leading bullet, or null. */
  byline: string | null;
  /** The excerpt with every match marked, or null when the hit has none. */
  snippet: { text: TextSegment[]; truncatedStart: boolean; truncatedEnd: boolean } | null;
}

/** A bullet some bylines start with (`■ 本报记者 …`): not part of the name. */
const BYLINE_BULLET = /^[■□▲◆●]\s*/u;

/** The parts of a hit of the search for `query`. */
export function searchHitParts(hit: SearchHit, query: string, context: SearchContext): SearchHitParts {
  const address = hitAddress(hit.key);
  const dateApproximate = context.approximate.includes(`${hit.paper}/${hit.date}`);
  return {
    to:
      address === null
        ? null
        : `${paths.article.to(address.paper, address.date, address.page, address.seq)}?hl=${encodeURIComponent(query)}`,
    title: highlightSegments(hit.title || t("common.untitled"), hit.titleHighlights),
    paper: paperName(context, hit.paper),
    when: ` · ${formatIssueDate({ date: hit.date, dateApproximate })} · ${pageLabel({ no: hit.page, name: null })}`,
    byline: hit.byline === null ? null : ` · ${hit.byline.replace(BYLINE_BULLET, "")}`,
    snippet:
      hit.snippet.text === ""
        ? null
        : {
            text: highlightSegments(hit.snippet.text, hit.snippet.highlights),
            truncatedStart: hit.snippet.truncatedStart,
            truncatedEnd: hit.snippet.truncatedEnd,
          },
  };
}

import { useEffect, useState } from "react";
import type { Range } from "@/search/search-types";

/**
 * The ranges of a search query (`?hl=`, from a search result) in each of an article's texts,
 * matched as the search matches them (folded: 鄉村振興 finds 乡村振兴). The folding code loads only
 * when there is something to highlight.
 */
export function useSearchHighlights(texts: readonly string[], query: string | null): Range[][] | null {
  const [ranges, setRanges] = useState<{ key: string; query: string; ranges: Range[][] } | null>(null);
  const key = texts.join("\u0000");
  useEffect(() => {
    if (query === null || query.trim() === "") return;
    let cancelled = false;
    void Promise.all([import("@/search/query"), import("@/search/snippet")]).then(
      ([{ parseQuery }, { highlightRanges }]) => {
        if (cancelled) return;
        const needles = parseQuery(query).words.map((w) => w.text);
        setRanges({ key, query, ranges: texts.map((text) => highlightRanges(text, needles)) });
      },
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for the texts, compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, query]);
  return query !== null && ranges !== null && ranges.query === query && ranges.key === key ? ranges.ranges : null;
}

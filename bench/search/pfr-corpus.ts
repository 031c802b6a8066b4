import { existsSync, readFileSync } from "node:fs";
import type { SearchDoc } from "@/bundle/search-schema";
import { pfrArticlesPath } from "../../scripts/pfr/corpus-path";

/**
 * The People's Daily month (PFR, January 1998) from the shared corpus folder, if it is there.
 * Never copied into the project: read at run time only. FOLIO_PFR_ARTICLES overrides the path.
 */
export const PFR_PATH = pfrArticlesPath();

interface PfrArticle {
  date: string;
  page: number;
  seq: number;
  title: string;
  paragraphs: string[];
  persons: string[];
}

export function pfrCorpus(): SearchDoc[] | null {
  if (!existsSync(PFR_PATH)) return null;
  return readFileSync(PFR_PATH, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const a = JSON.parse(line) as PfrArticle;
      const date = `${a.date.slice(0, 4)}-${a.date.slice(4, 6)}-${a.date.slice(6, 8)}`;
      // The first paragraph of an article is usually its title.
      const paragraphs = a.paragraphs[0] === a.title ? a.paragraphs.slice(1) : a.paragraphs;
      return {
        key: `rmrb/${date}/${a.page}-${a.seq}`,
        date,
        paper: "rmrb",
        page: a.page,
        title: a.title,
        subtitles: [],
        byline: null,
        paragraphs,
        caption: null,
        people: [...new Set(a.persons)],
      };
    });
}

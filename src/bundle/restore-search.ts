import { BundleError, restore, type Upgrade } from "./restore";
import { SEARCH_INDEX_VERSION, searchIndexSchema, segmentRef, type SearchIndexFile } from "./search-schema";

/*
 * The search index's entry, restored as every bundle file is (`restore.ts`), in a module of its own:
 * only the search worker reads it, and the search schema's objects (built as their module is
 * evaluated, so never left out by the bundler) stay out of every page's first view.
 */

/**
 * Search index version 1 → 2: one build folder named by a hash of every document became segments by
 * date, each in its own folder. The segments are not in a version-1 output, so it cannot be read
 * as one: rebuild.
 */
const SEARCH_UPGRADES: Record<number, Upgrade> = {
  1: (_, type) => {
    throw new BundleError(
      "rebuild-needed",
      `${type} was written by an older Folio (search index version 1, one folder rewritten by every new issue); this reader needs version ${SEARCH_INDEX_VERSION} (segments): rebuild the bundle with \`folio build\``,
      1,
    );
  },
  /**
   * Search index version 2 → 3: the entry stopped listing each segment's issue table (one row per
   * issue, so the entry grew with the archive) and the rest of its `segment.json` (type, version,
   * file count). A version-2 segment record is that `segment.json`, and a version-2 segment folder
   * is a version-3 one: the record is cut down to the reference the entry now lists, and the
   * engine fetches the table from the folder when a filter needs it. Version 3 also pages older
   * segments out of the entry; a version-2 entry lists them all, which is a valid version-3 entry
   * with no pages. A small index is unchanged.
   */
  2: (data) =>
    data.mode === "segmented" && Array.isArray(data.segments)
      ? {
          ...data,
          segments: data.segments.map((s: unknown) =>
            typeof s === "object" && s !== null ? segmentRef(s as Record<string, unknown>) : s,
          ),
          pages: [],
        }
      : data,
};

/** The search index's entry; its version is the search index's own (`SEARCH_INDEX_VERSION`). */
export function restoreSearchIndex(data: unknown): SearchIndexFile {
  return restore(data, "folio/search-index", searchIndexSchema, SEARCH_INDEX_VERSION, SEARCH_UPGRADES);
}

import { decode } from "@jridgewell/sourcemap-codec";
import { gzipSync } from "node:zlib";

/**
 * How much of a built chunk some source files' code is, by the chunk's source map (used by
 * `npm run size` for the budgets of `scripts/budgets.ts`). Each mapping of the map says which source
 * the generated code from its column up to the next mapping came from; the code from `owned` sources
 * is cut out of the chunk, and their share is what gzip saves without it:
 * gzip(chunk) − gzip(chunk without their code). A chunk that holds no other source's code (only
 * theirs and the bundler's glue: imports, exports) would not exist without them: all of it is
 * theirs. Gzip as `npm run size` measures it (level 9).
 */
export interface ChunkMap {
  /** The map's sources, as `owned` reads them (the caller resolves them to project paths). */
  sources: readonly (string | null)[];
  /** The map's VLQ mappings. */
  mappings: string;
}

export interface CodeSplit {
  /** The chunk without the owned sources' code. */
  rest: string;
  /** Characters of generated code by source (unmapped code, the bundler's glue, under ""). */
  bySource: Map<string, number>;
  /** Whether any of the chunk's mapped code comes from a source not owned. */
  hasOthers: boolean;
}

/** Splits `code` by its map: what `owned` sources generated is left out of `rest`. */
export function splitByOwner(code: string, map: ChunkMap, owned: (source: string) => boolean): CodeSplit {
  const isOwned = map.sources.map((source) => source !== null && owned(source));
  const bySource = new Map<string, number>();
  const count = (source: string, chars: number) => bySource.set(source, (bySource.get(source) ?? 0) + chars);
  const lines = code.split("\n");
  const decoded = decode(map.mappings);
  let hasOthers = false;
  const rest = lines.map((line, i) => {
    const segments = decoded[i] ?? [];
    let kept = "";
    let at = 0;
    for (let s = 0; s <= segments.length; s++) {
      const segment = segments[s];
      const start = segment === undefined ? line.length : Math.min(segment[0], line.length);
      // From the previous mapping (or the line's start) to this one.
      if (start > at) {
        const previous = s === 0 ? undefined : segments[s - 1];
        const source = previous !== undefined && previous.length >= 4 ? previous[1]! : -1;
        const piece = line.slice(at, start);
        if (source === -1) {
          count("", piece.length);
          kept += piece;
        } else {
          count(map.sources[source] ?? "", piece.length);
          if (!isOwned[source]) {
            hasOthers = true;
            kept += piece;
          }
        }
      }
      at = Math.max(at, start);
    }
    return kept;
  });
  return { rest: rest.join("\n"), bySource, hasOthers };
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** The owned sources' share of a chunk in gzip bytes (see above). */
export function ownedShare(code: string, map: ChunkMap, owned: (source: string) => boolean): number {
  const split = splitByOwner(code, map, owned);
  const ownsAny = [...split.bySource].some(([source, chars]) => source !== "" && chars > 0 && owned(source));
  if (!ownsAny) return 0;
  if (!split.hasOthers) return gzip(code);
  return gzip(code) - gzip(split.rest);
}

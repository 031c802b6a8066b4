import { decode } from "@jridgewell/sourcemap-codec";
import { gzipSync } from "node:zlib";

/**
 * How much of a built chunk some source files' code is, by the chunk's source map (used by
 * `npm run size` for the budgets of `scripts/budgets.ts`). Each mapping of the map says which source
 * (and where in it) the generated code from its column up to the next mapping came from; the code
 * from owned sources (and owned places of others) is cut out of the chunk, and their share is what
 * gzip saves without it:
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

/**
 * Whose code is counted: whole sources, and places in other sources (their calls into the owned
 * code, say) by the line and column (0-based) where a mapping puts the generated code.
 */
export interface Owner {
  source: (source: string) => boolean;
  at?: (source: string, line: number, column: number) => boolean;
}

/** Splits `code` by its map: what the owner's sources (and places) generated is left out of `rest`. */
export function splitByOwner(code: string, map: ChunkMap, owner: Owner): CodeSplit {
  const isOwned = map.sources.map((source) => source !== null && owner.source(source));
  const ownedAt = (segment: readonly number[]) =>
    owner.at !== undefined && owner.at(map.sources[segment[1]!] ?? "", segment[2]!, segment[3]!);
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
          if (!isOwned[source] && !ownedAt(previous!)) {
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

/** The owner's share of a chunk in gzip bytes (see above). */
export function ownedShare(code: string, map: ChunkMap, owner: Owner): number {
  const split = splitByOwner(code, map, owner);
  if (split.rest === code) return 0;
  if (!split.hasOthers) return gzip(code);
  return gzip(code) - gzip(split.rest);
}

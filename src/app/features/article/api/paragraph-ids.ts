/**
 * Every paragraph of an article has an address: `#p-<hash>`, a short hash of its text, so that a
 * link to a paragraph survives a re-ingest that adds, drops or mends other paragraphs (the parser
 * improves; the bundle is rebuilt), and `#p<n>` (1-based position) as a short alias for humans and
 * for links that cite "the third paragraph". Both are in the prerendered HTML: the paragraph
 * element carries the hash id, an empty marker at its start carries the alias.
 *
 * The hash is FNV-1a (32 bits) of the text with its whitespace removed (re-typesetting moves
 * spaces, not words), in base 36. A paragraph whose text repeats one before it (or whose hash
 * collides with one) gets `-2`, `-3`… in order, so ids are unique within the article.
 */
export interface ParagraphAnchor {
  /** Stable across re-ingests that keep the paragraph's text: `p-1x3f9a0`. */
  id: string;
  /** The paragraph's position: `p3` for the third. */
  alias: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

export function paragraphHashId(text: string): string {
  return `p-${fnv1a(text.replace(/\s+/gu, "")).toString(36).padStart(7, "0")}`;
}

export function paragraphAnchors(paragraphs: readonly string[]): ParagraphAnchor[] {
  const seen = new Map<string, number>();
  return paragraphs.map((text, i) => {
    const base = paragraphHashId(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, alias: `p${i + 1}` };
  });
}

/** The paragraph (0-based) an address's fragment names, by either id; null when it names none. */
export function paragraphOfFragment(anchors: readonly ParagraphAnchor[], fragment: string): number | null {
  let id: string;
  try {
    id = decodeURIComponent(fragment.replace(/^#/u, ""));
  } catch {
    return null; // a malformed escape names nothing
  }
  if (id === "") return null;
  const index = anchors.findIndex((a) => a.id === id || a.alias === id);
  return index === -1 ? null : index;
}

import { keepsSpaceBetween } from "@/text/collapse-spaces";
import { t2sChecksum, t2sTable } from "./t2s-table";

/**
 * The one folding that index build and query share: NFKC (１９９８ → 1998, full-width Latin →
 * ASCII), lower case, traditional → simplified by character, whitespace dropped except a single
 * space between Latin words (`iPhone 14`), line breaks kept as field separators. Folding works one
 * code point at a time, so it commutes with taking substrings: whatever the user types is found
 * wherever it occurs, whatever surrounds it.
 */

/** Bump when folding changes; an index built with another folding is refused (see `foldingId`). */
const FOLDING_VERSION = 1;

export function foldingId(): string {
  return `fold${FOLDING_VERSION}-${t2sChecksum()}`;
}

const folded = new Map<number, string>();
const spaces = new Map<number, boolean>();

/** One code point, folded: usually one character, sometimes none or several (NFKC: … → ...). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  let out = folded.get(cp);
  if (out === undefined) {
    const table = t2sTable();
    out = "";
    for (const ch of String.fromCodePoint(cp).normalize("NFKC").toLowerCase()) {
      const c = ch.codePointAt(0)!;
      out += String.fromCodePoint(table.get(c) ?? c);
    }
    folded.set(cp, out);
  }
  return out;
}

function isBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d;
}

function isSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c;
  let s = spaces.get(cp);
  if (s === undefined) {
    s = /^\s$/u.test(String.fromCodePoint(cp));
    spaces.set(cp, s);
  }
  return s;
}

/** BMP code points that fold to themselves and are neither space nor break: 0 unknown, 1 yes, 2 no. */
const identity = new Uint8Array(0x10000);

function isIdentity(c: number): boolean {
  let v = identity[c]!;
  if (v === 0) {
    v =
      c >= 0xd800 && c <= 0xdfff
        ? 2
        : !isBreak(c) && !isSpace(c) && foldCodePoint(c) === String.fromCharCode(c)
          ? 1
          : 2;
    identity[c] = v;
  }
  return v === 1;
}

/** Source offsets of each folded UTF-16 unit, grown as folding goes. */
class OffsetMap {
  start: Uint32Array;
  end: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
  }

  private room(units: number): void {
    if (this.length + units <= this.start.length) return;
    const grow = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array((this.length + units) * 2);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
  }

  add(units: number, from: number, to: number): void {
    this.room(units);
    for (let k = 0; k < units; k++) {
      this.start[this.length] = from;
      this.end[this.length++] = to;
    }
  }

  /** A run of characters copied as they are: each unit maps to itself. */
  addRun(from: number, to: number): void {
    this.room(to - from);
    const { start, end } = this;
    let n = this.length;
    for (let i = from; i < to; i++, n++) {
      start[n] = i;
      end[n] = i + 1;
    }
    this.length = n;
  }
}

/**
 * The one folding walk. Most characters of a page fold to themselves and are copied a run at a
 * time (an index build folds hundreds of millions of them); the rest go one code point at a time.
 */
function fold(source: string, map: OffsetMap | null): string {
  let out = "";
  // The last character emitted, kept aside: reading it off `out` would flatten the string each time.
  let last = "";
  let copyFrom = 0;
  let pendingSpace = -1; // source offset of a whitespace run not yet decided
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (pendingSpace < 0 && isIdentity(c)) {
      i++;
      continue;
    }
    if (copyFrom < i) {
      out += source.slice(copyFrom, i);
      map?.addRun(copyFrom, i);
      last = source[i - 1]!;
    }
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isBreak(cp)) {
      out += "\n";
      map?.add(1, i, i + width);
      last = "\n";
      pendingSpace = -1;
    } else if (isSpace(cp)) {
      if (pendingSpace < 0) pendingSpace = i;
    } else {
      const piece = foldCodePoint(cp);
      if (piece !== "") {
        if (pendingSpace >= 0 && last !== "" && last !== "\n" && keepsSpaceBetween(last, firstChar(piece))) {
          out += " ";
          map?.add(1, pendingSpace, pendingSpace + 1);
        }
        out += piece;
        map?.add(piece.length, i, i + width);
        last = lastChar(piece);
      }
      pendingSpace = -1;
    }
    i += width;
    copyFrom = i;
  }
  if (copyFrom < source.length) {
    out += source.slice(copyFrom);
    map?.addRun(copyFrom, source.length);
  }
  return out;
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0)!);
}

function lastChar(s: string): string {
  const cp = s.codePointAt(s.length - 1)!;
  return cp >= 0xdc00 && cp <= 0xdfff && s.length >= 2 ? s.slice(-2) : s.slice(-1);
}

/** Folded text, for indexing and for checking candidates. */
export function foldText(source: string): string {
  return fold(source, null);
}

/**
 * Folded text with, for each UTF-16 unit of it, the source range it came from: a match found in
 * the folded text maps back to the characters the reader sees.
 */
export interface FoldedText {
  text: string;
  start: Uint32Array;
  end: Uint32Array;
}

export function foldTextMapped(source: string): FoldedText {
  const map = new OffsetMap(source.length + 16);
  const text = fold(source, map);
  return { text, start: map.start.subarray(0, map.length), end: map.end.subarray(0, map.length) };
}

/** A folded range [from, to) mapped back to the source. */
export function sourceRange(folded: FoldedText, from: number, to: number): [number, number] {
  return [folded.start[from] ?? 0, folded.end[to - 1] ?? 0];
}

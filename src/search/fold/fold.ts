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

/**
 * Receives each folded piece with the source range it came from. Both public functions below
 * share this one walk, so the text that is indexed and the text that is highlighted never differ.
 */
type Emit = (piece: string, start: number, end: number) => void;

function walk(source: string, emit: Emit): void {
  let last = ""; // last character emitted, for the space rule
  let pendingSpace = -1; // source offset of a whitespace run not yet decided
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isBreak(cp)) {
      emit("\n", i, i + width);
      last = "\n";
      pendingSpace = -1;
    } else if (isSpace(cp)) {
      if (pendingSpace < 0) pendingSpace = i;
    } else {
      const piece = foldCodePoint(cp);
      if (piece !== "") {
        if (pendingSpace >= 0 && last !== "" && last !== "\n" && keepsSpaceBetween(last, firstChar(piece))) {
          emit(" ", pendingSpace, pendingSpace + 1);
        }
        emit(piece, i, i + width);
        last = lastChar(piece);
      }
      pendingSpace = -1;
    }
    i += width;
  }
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
  const parts: string[] = [];
  walk(source, (piece) => parts.push(piece));
  return parts.join("");
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
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  walk(source, (piece, start, end) => {
    parts.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  });
  return { text: parts.join(""), start: Uint32Array.from(starts), end: Uint32Array.from(ends) };
}

/** A folded range [from, to) mapped back to the source. */
export function sourceRange(folded: FoldedText, from: number, to: number): [number, number] {
  return [folded.start[from] ?? 0, folded.end[to - 1] ?? 0];
}

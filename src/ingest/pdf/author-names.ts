import type { BylineMatch } from "../parse/byline";
import type { PageLine } from "./page-lines";

/**
 * Several authors on one credit row (`汪 涛  吴光胜  胡查平`): each name is set in a cell as wide
 * as a three-character name, so a two-character name is letter-spaced to fill it and comes out of
 * the text layer as two single characters, while a three-character name is one piece. The gap
 * between two names is the same as the gap inside a spaced name, so the names are read from the
 * pieces, not the gaps: a piece of two or more characters is a name of its own; single characters
 * pair up (a two-character name); a run of three single characters is one name spaced wide
 * (`何 文 萍`). The byline lists the names as printed, left to right (top to bottom for a vertical
 * one), one space between two.
 */
/** A name is 2 to this many Han characters (a compound surname and a two-character given name). */
export const MAX_NAME_CHARS = 4;
/** A run of this many single characters is one name spaced wide, not a pair and a stray character. */
export const SPACED_NAME_CHARS = 3;

const NAME = new RegExp(`^[\\p{Script=Han}·]{2,${MAX_NAME_CHARS}}$`, "u");
const HAN = /^\p{Script=Han}$/u;

/** The names printed on a row of pieces (in reading order), or null when a piece is not part of a name. */
export function authorNames(pieces: readonly PageLine[]): string[] | null {
  const texts = pieces.map((p) => p.text.replace(/[\s\u3000]+/gu, ""));
  const names: string[] = [];
  let singles: string[] = [];
  const flush = (): boolean => {
    if (singles.length === 0) return true;
    if (singles.length === SPACED_NAME_CHARS) names.push(singles.join(""));
    else if (singles.length % 2 === 0)
      for (let i = 0; i < singles.length; i += 2) names.push(singles[i]! + singles[i + 1]!);
    else return false;
    singles = [];
    return true;
  };
  for (const text of texts) {
    if (HAN.test(text)) singles.push(text);
    else if (NAME.test(text)) {
      if (!flush()) return null;
      names.push(text);
    } else return null;
  }
  return flush() && names.length > 0 ? names : null;
}

/** The byline of a row of name pieces: the names, one space between two. */
export function authorsByline(pieces: readonly PageLine[]): BylineMatch | null {
  const names = authorNames(pieces);
  return names === null ? null : { raw: names.join(" "), reporters: names };
}

import { parseByline } from "@/ingest/parse/byline";

/**
 * A byline that closes with what its reporters did to the text (`本报记者  某某某整理`, `记者  某某、
 * 某某报道`): the byline parser takes off only a photographer's mark (摄), so the word stayed glued to
 * the last name and the run was split by surnames (某某|某整理: two false names, the reporter lost;
 * a two-character name kept the word whole, 某某整理). The word is taken off and the line read again.
 * Found on dev10 (session 41, rmrb61: 本报记者 + a three-character name + 整理); the pool's lines
 * ending so are mostly a newspaper's interviews written up (两会·声音), each paragraph signed.
 */
/** Words that close a byline: the notes written up, the report, the translation. Longest first. */
export const BYLINE_CLOSING_WORDS = ["书面采访整理", "采访整理", "整理", "报道", "采写", "编译"] as const;

/** Spaces at a raw byline's end (the e-paper's no-break spaces too). */
const TRAILING_SPACES = /[\s\u3000\u00a0]+$/u;

/** The byline's names read with its closing word taken off, or null when it has none or does not read. */
export function bylineNamesWithoutClosingWord(raw: string): string[] | null {
  const line = raw.replace(TRAILING_SPACES, "");
  const word = BYLINE_CLOSING_WORDS.find((w) => line.endsWith(w));
  if (word === undefined) return null;
  const match = parseByline(line.slice(0, line.length - word.length), true);
  return match === null ? null : match.reporters;
}

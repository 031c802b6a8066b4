import { isHan } from "@/text/char-class";
import { TRANSLITERATION_CPS } from "../tagger/transliteration-chars";
import { isChineseNameShaped } from "./name-shape";

/**
 * A paragraph-closing bracket of writers' names where some are given names alone: the paper signs
 * short pieces with a full name and its writers' given names or pen names run together
 * (`（柯书明宇然桑禾）`, `（家和军平）`, `（沛然小禾）`). The credit reader (credit-cue.ts) splits only
 * surname-led names, so such a run was left to the tagger, which finds no name in a pair of given
 * names. On the four folds of dev (scripts/people/README.md, session 38) the folds missed 13 such
 * names in 8 brackets (folds 1, 3, 4).
 *
 * The bracket closes the paragraph and opens it or follows a sentence's end; it holds
 * `MIN_RUN`–`MAX_RUN` Han characters, none of the words an agency's or a paper's note holds
 * (`（据新华社电）`, `（本报专电）`), no unit's last character and no known place (a reader's
 * signature: `（某省某市甲某某）`), and is not mostly transliteration characters (`TRANSLITERATED_MIN_SHARE`). It must read in exactly one way as back-to-back pieces that
 * agree with the names already found in it: a three-character piece is a surname-led name, a
 * two-character piece is a surname-led name or a given name, and no common word (`isWord`), and
 * at least one piece is such a given name (runs of surname-led names are credit-cue.ts's); where
 * no reading agrees with the names found, the one reading without them, and those names give way.
 */
/** Shortest run read: two two-character given names. */
export const MIN_RUN = 4;
/** Longest run read: three three-character names and one more given name. */
export const MAX_RUN = 11;
/** What may stand right before the bracket: a sentence's end (or nothing: the bracket is the paragraph). */
const BEFORE_BRACKET = "。！？”…";
/** Words of a note, not of names: the agency, the paper, a report, a photo, a source. */
const NOTE_WORDS = [
  "新华",
  "本报",
  "记者",
  "照片",
  "图片",
  "供稿",
  "综合",
  "整理",
  "编辑",
  "报道",
  "据",
  "电",
  "摄",
  "摘",
  "稿",
];
/**
 * Work marks that may close the run (`（某某某作）`, `（某某画）`): a credit with its verb, which
 * bracketed-work-credit.ts and credit-cue.ts read; the run is not read as given names.
 */
const WORK_MARKS = "作画图文书";
/**
 * Characters that end a unit's name (`（某省公安厅消防局）`, `（海外新闻部）`): a reader's signature
 * with its unit, which bracketed-signature.ts reads, or a desk's name.
 */
const UNIT_CHARS = "省市县区局厅部委处";
/** Lengths of a known place looked for inside the bracket (`（湖北襄樊…）`). */
const PLACE_LENGTHS = [2, 3] as const;
/**
 * Share of transliteration characters (transliteration-chars.ts) at and above which the run is one
 * foreign or minority name (`（乌兰某夫）`, fold 4, read 乌兰|某夫), not pieces: the true runs of the
 * folds and of days 1–20 hold at most 3 in 5 (`（刘明英保平）`). The tagger's probability for the whole
 * run does not tell them apart (0.18 for the Mongolian name, 0.27 for `（向宁翠玉）` on fold 3).
 */
export const TRANSLITERATED_MIN_SHARE = 0.75;
/** Lengths of a piece: a given name alone or a two-character full name, and a three-character full name. */
const PIECE_LENGTHS = [2, 3] as const;

/** The names of a closing bracket read as given-name credits ([start, end) in `chars`), or null. */
export function givenNameCreditPieces(
  chars: readonly string[],
  found: readonly { start: number; end: number }[],
  isWord: (w: string) => boolean,
  isPlace: (w: string) => boolean,
): { start: number; end: number }[] | null {
  // cheap checks first: most paragraphs do not end in a bracket
  if (chars.at(-1) !== "）") return null;
  const open = chars.lastIndexOf("（");
  const end = chars.length - 1;
  if (open < 0 || end - open - 1 < MIN_RUN || end - open - 1 > MAX_RUN) return null;
  if (open > 0 && !BEFORE_BRACKET.includes(chars[open - 1]!)) return null;
  const inside = chars.slice(open + 1, end);
  if (!inside.every(isHan)) return null;
  const text = inside.join("");
  if (NOTE_WORDS.some((w) => text.includes(w)) || inside.some((c) => UNIT_CHARS.includes(c))) return null;
  if (WORK_MARKS.includes(inside.at(-1)!)) return null;
  for (const length of PLACE_LENGTHS)
    for (let at = 0; at + length <= inside.length; at++)
      if (isPlace(inside.slice(at, at + length).join(""))) return null;
  const foreign = inside.filter((c) => TRANSLITERATION_CPS.has(c.codePointAt(0)!)).length;
  if (foreign >= TRANSLITERATED_MIN_SHARE * inside.length) return null;
  const inBracket = found.filter((m) => m.start < end && open < m.end);
  if (inBracket.some((m) => m.start <= open || m.end > end)) return null;
  // the names found choose among the readings; where none agrees with them, they are the tagger's cuts
  const withFound = readAll(chars, open + 1, end, inBracket, isWord);
  if (withFound !== "none") return withFound;
  const without = readAll(chars, open + 1, end, [], isWord);
  return without === "none" ? null : without;
}

type Piece = { start: number; end: number; given: boolean };

/**
 * The one reading of chars[start, end) as pieces that keep `inBracket` whole; null when there are
 * several, or when one is surname-led names only (`（甲某某乙某某）`: credit-cue.ts reads it, with the
 * tagger's help, and the names found stay); "none" when there is none.
 */
function readAll(
  chars: readonly string[],
  start: number,
  end: number,
  inBracket: readonly { start: number; end: number }[],
  isWord: (w: string) => boolean,
): { start: number; end: number }[] | null | "none" {
  const readings: Piece[][] = [];
  let surnameLedOnly = false;
  const read = (at: number, pieces: Piece[]): void => {
    if (readings.length > 1 || surnameLedOnly) return;
    if (at === end) {
      if (pieces.some((p) => p.given)) readings.push(pieces);
      else surnameLedOnly = true;
      return;
    }
    // a name found here is a piece of its own, whatever its shape (`（甲乙丙某某某）`, `（某某某作）`)
    const own = inBracket.find((m) => m.start === at);
    if (own !== undefined) {
      read(own.end, [...pieces, { start: at, end: own.end, given: false }]);
      return;
    }
    for (const length of PIECE_LENGTHS) {
      if (at + length > end) continue;
      const piece = chars.slice(at, at + length);
      const surnameLed = isChineseNameShaped(piece);
      if (length === 3 && !surnameLed) continue;
      // a word is no piece (`（全文另发）`: 全文 is surname-led), nor a given name (`（工作简报）`)
      if (length === 2 && isWord(piece.join(""))) continue;
      // a name found must not be cut by a piece
      if (inBracket.some((m) => m.start < at + length && at < m.end)) continue;
      read(at + length, [...pieces, { start: at, end: at + length, given: !surnameLed }]);
    }
  };
  read(start, []);
  if (surnameLedOnly || readings.length > 1) return null;
  if (readings.length === 0) return "none";
  return readings[0]!.map(({ start: s, end: e }) => ({ start: s, end: e }));
}

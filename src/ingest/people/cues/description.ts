import { functionCharNounAt } from "./function-char-nouns";
import { athleteDescriptionBefore } from "./athlete-nouns";
import { isHan } from "@/text/char-class";
import { isBoundaryChar } from "./boundaries";
import {
  DESCRIPTION_HEAD_CHARS,
  DESCRIPTION_HEAD_WORDS,
  NOT_DESCRIPTIONS,
  NOT_DESCRIPTION_OPENERS,
  QUALIFIED_ONLY_HEADS,
} from "./description-words";
import { isPlacedDescription, MAX_PLACED_DESCRIPTION_LENGTH } from "./placed-description";
import { isBodyStaff } from "./body-staff";
import { qualifiedDescription } from "./qualified-description";
import { insideKnownPlace } from "./place-function-char";
import { afterCopula } from "./copula-description";
import { isOthersKin } from "./kin-object";
import { kinTermEnding } from "./kin-terms";
import { afterResultVerb } from "./result-verb-description";
import { isPlaceWon } from "./won-place";

/**
 * Descriptions: what a text says a person is when it gives no post (村民, 返乡大学生, 退休教师,
 * 老党员), kept as printed. Where a description stands is read from the sentence:
 * - in apposition before the name, the whole noun phrase from the clause's start or a function
 *   character (`。返乡大学生刘洋`, `村里的老党员周文明`, `”村民王秀英说`);
 * - after the name and 是 (`周文明是村里的老党员。`, `吕晓光是一名种植户`), the phrase up to the
 *   clause's end, after its last 的, with its place or body in front (`copula-description.ts`);
 * - after the name and a comma, as a clause of its own (`刘洋，返乡大学生，`), or in brackets
 *   (`刘洋（返乡大学生）`).
 * The phrase found must end with a person noun (`description-words.ts`): a sentence's structure
 * says where a description would be, its last word says that it is one.
 */
/** Shortest description: 村民, 游客. */
export const MIN_DESCRIPTION_LENGTH = 2;
/** Longest description: 建档立卡贫困户 is 7; longer runs are clauses, not a noun phrase. */
export const MAX_DESCRIPTION_LENGTH = 7;
/**
 * Most characters a comma or bracket clause after a name may hold before its description (`，现为
 * 退休教师，`): a longer stretch cut off the front is a verb phrase whose object is a person
 * (`董芳，本来准备去看望丈夫，`), which says nothing of what the name is.
 */
export const MAX_CLAUSE_PREFIX = 2;
/** Counters between 是 and the description (是一名种植户): read past, not kept. */
const COUNTERS = ["一名", "一位", "一个", "一户", "一家", "名", "位", "个"];
/** What closes a description after the name: the end of the clause. */
const CLAUSE_END = "，。；！？：、”）\n";

export function endsWithPersonNoun(phrase: string): boolean {
  if (NOT_DESCRIPTIONS.some((w) => phrase.endsWith(w)) || QUALIFIED_ONLY_HEADS.includes(phrase)) return false;
  return (
    DESCRIPTION_HEAD_WORDS.some((w) => phrase.endsWith(w)) ||
    DESCRIPTION_HEAD_CHARS.includes(phrase.at(-1)!) ||
    kinTermEnding(phrase) !== null
  );
}

const OPENERS = [...NOT_DESCRIPTION_OPENERS].sort((a, b) => b.length - a.length);
const LONG_OPENERS = OPENERS.filter((o) => o.length > 1);
/**
 * A date, an age or a generation before a phrase leaves its unit on the phrase's front (1998年|第一家,
 * 20岁|女青年, 90后|市民: the digits end the run, so without this the role would read 后市民), and so
 * does a bus route's number (313路|公交车司机).
 */
const AFTER_NUMBER = "年月日岁号后路";

/** A run of Han characters read as a description: openers taken off its front, its head checked. */
function asDescription(run: readonly string[], afterNumber = false, placed = false): string | null {
  let phrase = run.join("");
  if (afterNumber && AFTER_NUMBER.includes(phrase[0] ?? "")) phrase = phrase.slice(1);
  // a phrase is read from after the last verb in it (走进|班彦村村民, 县城见到|老朋友); one-character
  // openers (比, 有) are too often the start of a place's name (比利时) to be cut inside the phrase
  const cut = Math.max(
    0,
    ...LONG_OPENERS.map((o) => {
      const at = phrase.lastIndexOf(o);
      return at <= 0 ? 0 : at + o.length;
    }),
  );
  // and from after a match's result verb (`负于|某国棋手`), never one inside a place's name
  phrase = phrase.slice(Math.max(cut, afterResultVerb(phrase)));
  // a phrase too long for a bare description starts with a place's name: 比 of 比利时 stays
  const front = Array.from(phrase).length > MAX_DESCRIPTION_LENGTH ? LONG_OPENERS : OPENERS;
  for (let opener = front.find((o) => phrase.startsWith(o)); opener !== undefined;) {
    phrase = phrase.slice(opener.length);
    opener = front.find((o) => phrase.startsWith(o));
  }
  return asPhrase(phrase, placed);
}

/** A phrase with its openers taken off, read as a description: a bare one, or a placed one when allowed. */
function asPhrase(phrase: string, placed: boolean): string | null {
  const length = Array.from(phrase).length;
  if (length < MIN_DESCRIPTION_LENGTH) return null;
  if (placed && isBodyStaff(phrase)) return phrase;
  const isNoun = (noun: string) => endsWithPersonNoun(noun) && !NOT_DESCRIPTIONS.includes(phrase);
  if (length > MAX_DESCRIPTION_LENGTH) {
    if (placed && isPlacedDescription(phrase, isNoun)) return phrase;
    // too long for a bare description: one with a qualifier is read from it (台上|国家一级演员)
    return qualifiedDescription(phrase, endsWithPersonNoun);
  }
  return endsWithPersonNoun(phrase) ? phrase : null;
}

/**
 * The description in apposition right before a name starting at `nameStart`, or null; a function
 * character inside one of `places` (武汉协和医院) does not stop the reading.
 */
export function descriptionBefore(
  chars: readonly string[],
  nameStart: number,
  places: ReadonlySet<string> = new Set(),
): string | null {
  // 小将, 老将, 名将 end with the function character 将 that stops the reading (athlete-nouns.ts)
  const athlete = athleteDescriptionBefore(chars, nameStart, places);
  if (athlete !== null) return athlete;
  let start = nameStart;
  while (
    start > 0 &&
    isHan(chars[start - 1]!) &&
    (!isBoundaryChar(chars[start - 1]) ||
      functionCharNounAt(chars, start - 1) ||
      insideKnownPlace(chars, start - 1, nameStart, places))
  ) {
    start--;
    if (nameStart - start > MAX_PLACED_DESCRIPTION_LENGTH + 2) return null;
  }
  return asDescription(chars.slice(start, nameStart), /\p{Nd}/u.test(chars[start - 1] ?? ""), true);
}

/** The description the sentence gives after a name ending at `nameEnd` (是…, a comma clause, brackets), or null. */
export function descriptionAfter(chars: readonly string[], nameEnd: number): string | null {
  const next = chars[nameEnd];
  const copulaEnd = afterCopula(chars, nameEnd);
  if (copulaEnd !== null) {
    let at = copulaEnd;
    const counter = COUNTERS.find((c) => chars.slice(at, at + c.length).join("") === c);
    if (counter !== undefined) at += counter.length;
    const run = clauseRun(chars, at, MAX_PLACED_DESCRIPTION_LENGTH);
    if (run === null) return null;
    const phrase = run.slice(run.lastIndexOf("的") + 1);
    return phrase.some((ch) => isBoundaryChar(ch)) ? null : asDescription(phrase, false, true);
  }
  if (next === "，" || next === "（") {
    const run = clauseRun(chars, nameEnd + 1);
    if (run === null || (next === "（" && chars[nameEnd + 1 + run.length] !== "）")) return null;
    if (run.some((ch) => isBoundaryChar(ch) && ch !== "的")) return null;
    // a place won (`，赢得冠军，`) is the prize, not the person
    if (isPlaceWon(run)) return null;
    const phrase = run.slice(run.lastIndexOf("的") + 1);
    const found = asDescription(phrase);
    if (found !== null && isOthersKin(run, found)) return null;
    // the clause must be the description, not a verb phrase ending in a person (本来准备去看望|丈夫)
    return found !== null && phrase.length - Array.from(found).length <= MAX_CLAUSE_PREFIX ? found : null;
  }
  return null;
}

/**
 * The Han characters from `start` to the end of the clause, or null when the clause is longer than
 * `longest` or not text (after 是, a placed description's bound: `copula-description.ts`).
 */
function clauseRun(chars: readonly string[], start: number, longest = MAX_DESCRIPTION_LENGTH * 2): string[] | null {
  const run: string[] = [];
  for (let at = start; at < chars.length && !CLAUSE_END.includes(chars[at]!); at++) {
    if (!isHan(chars[at]!) || run.length >= longest) return null;
    run.push(chars[at]!);
  }
  return run;
}

import type { TaggedText } from "../mentions";

/**
 * A name read one character too long, where the article writes the shorter form on its own
 * elsewhere: `居民甲乙丙丁三兄弟…` read 甲乙丙丁三 while a later sentence opens `甲乙丙丁发迹后`;
 * `与甲乙书` (a letter's headline) beside `甲乙著《…》`; `甲乙刚满三岁` beside `甲乙的爸爸`. The
 * tagger took the word after the name (三, 书, 刚, 四 …) for its last character, and the other use,
 * where that word is missing, shows where the name ends. The mention is cut back to that form, which
 * the repeat pass then finds at its other uses too.
 *
 * Only when the shorter form is no name of the article already (then both are names, two people
 * or a function word glued on: `trimAffixedNames`), and only a use that stands at the start of a
 * clause counts: after punctuation, a text's start or `OPENERS` (据甲乙兄弟交待), so that the shorter form
 * is no piece of another word or another name (a longer name's front is written before a different
 * character), and not in an article about Japan, where a family name alone is the full name's
 * short form (羽田 after 羽田孜). A shorter form that is a word and no known name (`isWord`: 高铁 under a
 * headline's 高铁修到…, 白鹤 beside a 白鹤亮翅 headline) is the word, not the name's other spelling. On the four folds of PFR days 1–20 (scripts/people/README.md, session 40) it mends 5
 * names (马夫罗季, 胡桃, 菡子, 童童, 胡氏) and changes no right one.
 */

/** The shortest name cut back: a three-character name becomes a two-character one, never less. */
export const MIN_CUT_NAME = 3;
/** Words that open a clause before a name (据 … 交待, 让 … 说): a use after them stands alone. */
export const OPENERS = "据";
/**
 * The tagger must give the shorter use this much as one name (PFR fold 2: 胡氏兄弟 0.0099, 菡子著 0.011,
 * 马夫罗季发迹 0.067; `吉与独联体`, the country's short name and 与, 0.0003): a use it reads as no name
 * at all is a word, not the name's other spelling.
 */
export const MIN_ALONE_PROBABILITY = 0.005;
/**
 * …and the use taken one character longer must not be much likelier (马夫罗季发 0.072 beside 0.067;
 * the front of a brother's name, 陈甲 in `陈甲乙说`, reads far likelier longer).
 */
export const MAX_LONGER_RATIO = 2;
/** A dot or dash joins a foreign name's parts; such names are left to the dotted-name rules. */
const JOINERS = /[·・．—-]/u;
const HAN = /\p{Script=Han}/u;

/** Whether the character before a use leaves the use standing alone (punctuation, a text's start, an opener). */
function opensUse(before: string | undefined): boolean {
  return before === undefined || OPENERS.includes(before) || !HAN.test(before);
}

/** Cuts every mention of a name whose shorter form (without its last character) stands alone elsewhere in the article. */
export function trimRunOnsWrittenShorter(texts: TaggedText[], japan: boolean, isWord: (w: string) => boolean): void {
  // a Japanese family name stands alone after the full name (羽田 after 羽田孜): cues/japanese-family-alias.ts
  if (japan) return;
  const names = new Set(texts.flatMap((t) => t.mentions.map((m) => m.name)));
  const cut = new Map<string, string>();
  for (const name of names) {
    const chars = Array.from(name);
    if (chars.length < MIN_CUT_NAME || JOINERS.test(name) || !chars.every((c) => HAN.test(c))) continue;
    const shorter = chars.slice(0, -1).join("");
    if (names.has(shorter) || isWord(shorter)) continue;
    if (texts.some((t) => standsAlone(t, Array.from(shorter), chars.at(-1)!))) cut.set(name, shorter);
  }
  if (cut.size === 0) return;
  for (const t of texts)
    for (const m of t.mentions) {
      const shorter = cut.get(m.name);
      if (shorter === undefined) continue;
      m.end -= 1;
      m.name = shorter;
    }
}

/**
 * Whether the text holds `shorter` opening a clause, followed by anything but `last`, inside no
 * mention (a brother's name 陈甲丙 beside 陈甲乙), and read by the tagger as a name rather than a
 * word or the front of a longer name (`MIN_ALONE_PROBABILITY`, `MAX_LONGER_RATIO`).
 */
function standsAlone(tagged: TaggedText, shorter: readonly string[], last: string): boolean {
  const text = tagged.chars;
  const n = shorter.length;
  for (let at = text.indexOf(shorter[0]!); at >= 0 && at + n <= text.length; at = text.indexOf(shorter[0]!, at + 1)) {
    if (text[at + n] === last || !opensUse(text[at - 1])) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = text[at + k] === shorter[k];
    if (!same || tagged.mentions.some((m) => m.start < at + n && m.end > at)) continue;
    const alone = tagged.scorer.spanProbability(at, at + n);
    const longer = at + n < text.length ? tagged.scorer.spanProbability(at, at + n + 1) : 0;
    if (alone >= MIN_ALONE_PROBABILITY && longer <= MAX_LONGER_RATIO * alone) return true;
  }
  return false;
}

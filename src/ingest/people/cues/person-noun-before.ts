/**
 * A name right after a word for a person (饲养员龚立秀, 农艺师包德成, 残疾人郭景山, 哲学家卡西尔): the
 * tagger held the name on its path, but no listed title or descriptor stands before it, so a name
 * the tagger is less than 0.9 sure of was dropped as unsupported (support.ts). On the four folds of
 * dev, 104 true names were dropped so, against 207 false ones; the person word before the name is
 * what most of the true ones have and the false ones lack (scripts/people/README.md, session 35).
 *
 * A person word is a dictionary word ending in a person suffix (`PERSON_NOUN_SUFFIXES`: 饲养员,
 * 教师, 残疾人, 嫌疑人), or a two-character dictionary word with a trade suffix after it
 * (`TRADE_SUFFIXES`: 农艺|师, 销售|员, 纪检|员, 特困|生), the words of a trade being too many for
 * the dictionary. 手 is no such suffix: 携手, 联手 are verbs (the seed's 携手|齐绘瑶都). It vouches for
 * the tagger's own name there, never adds one; the tagger must have been fairly sure of the name on
 * its own (`PERSON_NOUN_MIN_PROBABILITY`, the caller checks), and a name that is itself a common word
 * (`女人|芬芳`) or whose last character makes a word with the next one (`…者|朱鹮起|飞`) is not
 * vouched for.
 */
export const PERSON_NOUN_SUFFIXES = "员师士工者生家人民";
/**
 * Words for a group (staff), whose next word is what the group does (工作人员|齐力推动, 所有的人员|回车内),
 * not a name. Folds 1–3: one true name lost (售后服务人员邬志成), one false one gone; days 1–20 (the
 * shipped model): 齐力 gone.
 */
export const GROUP_NOUNS: readonly string[] = ["人员"];
/** Lengths of a whole person word before the name, longest first. */
export const PERSON_NOUN_LENGTHS = [4, 3, 2] as const;
/** Suffixes that make a trade of any two-character word before them (人 and 民 do not: 个人, 女人). */
export const TRADE_SUFFIXES = "员师生者家工士";
/**
 * How sure the tagger's first reading must be of the name itself. Four folds of dev, tuned on folds
 * 1–3 (TP / FP against the base): 0.7 → +5 / 0 (whole words only), 0.5 → +9 / +1, 0.3 → +10 / +1;
 * with trade words too, 0.3 and 0.1 → +17 / +1; without the group nouns, +16 / 0. Fold 4, the check:
 * +0 / +1.
 */
export const PERSON_NOUN_MIN_PROBABILITY = 0.3;

/** The person word that ends at `at`, where a name may start, or null. */
export function personNounEndingAt(
  chars: readonly string[],
  at: number,
  isWord: (w: string) => boolean,
): string | null {
  const suffix = chars[at - 1];
  if (suffix === undefined || !PERSON_NOUN_SUFFIXES.includes(suffix)) return null;
  if (GROUP_NOUNS.some((g) => chars.slice(at - Array.from(g).length, at).join("") === g)) return null;
  for (const length of PERSON_NOUN_LENGTHS) {
    if (at < length) continue;
    const word = chars.slice(at - length, at).join("");
    if (isWord(word)) return word;
  }
  if (at >= 3 && TRADE_SUFFIXES.includes(suffix) && isWord(chars.slice(at - 3, at - 1).join("")))
    return chars.slice(at - 3, at).join("");
  return null;
}

/** Whether a person word before the name [start, end) vouches for it (see above). */
export function personNounVouches(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): boolean {
  return !nameHoldsWord(chars, start, end, isWord) && personNounEndingAt(chars, start, isWord) !== null;
}

/**
 * Whether the name [start, end) is a dictionary word, starts with one (`路灯|亮`), or makes one with
 * the next character (`朱鹮起|飞`): a slot that vouches for a name the tagger found does not vouch for
 * such a span, which is more often words than a name.
 */
export function nameHoldsWord(
  chars: readonly string[],
  start: number,
  end: number,
  isWord: (w: string) => boolean,
): boolean {
  if (isWord(chars.slice(start, end).join(""))) return true;
  if (end - start > 2 && isWord(chars.slice(start, start + 2).join(""))) return true;
  const next = chars[end];
  return next !== undefined && isWord(chars[end - 1]! + next);
}

import { SINGLE_SURNAMES } from "@/text/surnames";
import { addMention, type TaggedText } from "../mentions";
import { charsAt } from "./chars-at";
import { FUNCTION_SURNAMES } from "./name-edges";
import { HONORIFICS } from "./speech-verbs";

/**
 * A surname with a form of address (老谭, 小张, 费老) for someone the article names in full
 * (`谭量顺的妻子补充：老谭前几年…`): the same person, and a name of its own in the PFR month's
 * counting. The tagger, which reads 老 and 小 as words, seldom takes them. The form is read only where
 * exactly one full name of the article has that surname (two 张 and 老张 could be either), and not
 * where it is a word (小康, 老乡) or runs into one (小|平头, 老|黄牛).
 * Days 1–20, four folds (a model of the other 15 days each): see the step figures in
 * scripts/people/README.md (session 32, second part).
 */
export const ADDRESS_PREFIXES = "老小";
export const ADDRESS_SUFFIX = "老";
/** Full names that vouch for a surname: a one-character surname and a one- or two-character given name. */
export const FULL_NAME_LENGTHS = [2, 3];

const HONORIFIC_CHARS = HONORIFICS.map((h) => Array.from(h));

const isSurname = (ch: string | undefined) =>
  ch !== undefined && SINGLE_SURNAMES.has(ch) && !FUNCTION_SURNAMES.includes(ch);

/** Each surname of the article's full names, with the full names that have it. */
function fullNamesBySurname(texts: readonly TaggedText[]): Map<string, Set<string>> {
  const bySurname = new Map<string, Set<string>>();
  for (const m of texts.flatMap((t) => t.mentions)) {
    const chars = Array.from(m.name);
    if (!FULL_NAME_LENGTHS.includes(chars.length) || !isSurname(chars[0])) continue;
    bySurname.set(chars[0]!, (bySurname.get(chars[0]!) ?? new Set()).add(m.name));
  }
  return bySurname;
}

/** The address forms at `at` (two characters: 老谭, 小张, 费老) and the surname each holds. */
function formsAt(chars: readonly string[], at: number): { surname: string; form: string }[] {
  const [a, b] = [chars[at], chars[at + 1]];
  if (a === undefined || b === undefined) return [];
  const out: { surname: string; form: string }[] = [];
  if (ADDRESS_PREFIXES.includes(a)) out.push({ surname: b, form: a + b });
  // 戴老先生: 老 goes with the form of address after it (老先生), not with the surname
  if (b === ADDRESS_SUFFIX && !HONORIFIC_CHARS.some((h) => charsAt(chars, at + 2, h)))
    out.push({ surname: a, form: a + b });
  return out;
}

/** Whether the form at `at` runs into a word: 小|平头, 老|黄牛 (after it), 古|老 (before it). */
function runsIntoWord(chars: readonly string[], at: number, isWord: (text: string) => boolean): boolean {
  return isWord((chars[at - 1] ?? "") + chars[at]!) || isWord(chars[at + 1]! + (chars[at + 2] ?? ""));
}

/**
 * Adds the address forms that stand for one full name of the article as mentions, and returns each
 * form mapped to its full name.
 */
export function tieAddressForms(texts: readonly TaggedText[], isWord: (text: string) => boolean): Map<string, string> {
  const bySurname = fullNamesBySurname(texts);
  const aliases = new Map<string, string>();
  texts.forEach((tagged, index) => {
    const { chars } = tagged;
    for (let at = 0; at + 1 < chars.length; at++) {
      for (const { surname, form } of formsAt(chars, at)) {
        const full = bySurname.get(surname);
        if (full === undefined || full.size !== 1 || isWord(form)) continue;
        if (runsIntoWord(chars, at, isWord)) continue;
        if (addMention(tagged, { text: index, start: at, end: at + 2, source: "repeat" }))
          aliases.set(form, [...full][0]!);
        else if (tagged.mentions.some((m) => m.start === at && m.end === at + 2)) aliases.set(form, [...full][0]!);
      }
    }
  });
  return aliases;
}

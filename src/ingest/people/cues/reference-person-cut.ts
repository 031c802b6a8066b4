import type { TaggedText } from "../mentions";

/**
 * A name cut short of a person the reference dictionary lists, the text writing the whole person
 * right there (`史沫特|莱` of a well-known foreign writer): the retrained tagger (session 42) ends some
 * transliterations a character early. A mention whose characters, with the next one to
 * `MAX_PERSON_EXTENSION` characters of the text, spell a person of CC-CEDICT is stretched to that
 * person, unless another mention stands in the stretch. The dictionary's persons are well-known
 * figures, so a stretch rarely turns a name of the day into another (`王刚` stays 王刚 unless the text
 * goes on into a listed person). A mention that is itself a listed person or a name the model knows
 * stays (`撒切尔` before 夫人: the dictionary lists both), and so does one the stretch makes a place
 * (the dictionary lists an empire among its persons). Folds 1–4 (fold models) found both.
 */
/** Most characters a cut name is stretched by. */
export const MAX_PERSON_EXTENSION = 3;
const HAN = /^\p{Script=Han}$/u;

export function extendReferencePersonCuts(
  texts: readonly TaggedText[],
  persons: ReadonlySet<string>,
  isKnownName: (name: string) => boolean,
  isPlace: (word: string) => boolean,
): void {
  for (const tagged of texts) {
    const { chars } = tagged;
    for (const m of tagged.mentions) {
      if (m.source === "credit" || m.source === "byline" || persons.has(m.name) || isKnownName(m.name)) continue;
      for (let k = MAX_PERSON_EXTENSION; k >= 1; k--) {
        const end = m.end + k;
        if (end > chars.length || !chars.slice(m.end, end).every((c) => HAN.test(c))) continue;
        const whole = chars.slice(m.start, end).join("");
        if (!persons.has(whole) || isPlace(whole)) continue;
        if (tagged.mentions.some((o) => o !== m && o.start < end && m.end < o.end)) break;
        m.end = end;
        m.name = whole;
        break;
      }
    }
  }
}

import type { PersonSummary } from "@/bundle/schema";

/**
 * Whether a person matches what the reader typed in the 人物 filter: characters of the name
 * (`述毅`), full pinyin with or without spaces (`liaoshuyi`, `liao shu`), or initials (`lsy`).
 * ü may be typed as v or u (吕 → lv, lu). Case and spaces do not matter.
 */
export function matchesPerson(person: Pick<PersonSummary, "name" | "pinyin" | "initials">, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/gu, "");
  if (q === "") return true;
  if (person.name.includes(q)) return true;
  if (!/^[a-zü]+$/u.test(q)) return false;
  const forms = (text: string) => [text, text.replace(/v/gu, "u")];
  const typed = q.replace(/ü/gu, "v");
  const joined = person.pinyin.replace(/\s+/gu, "");
  return (
    [...forms(joined), ...forms(person.initials)].some((form) => form.includes(typed)) ||
    startsBySyllables(person.pinyin, typed)
  );
}

/** Mixed forms: a first syllable in full, then initials (`liaosy`, `lsyi`). */
function startsBySyllables(pinyin: string, typed: string): boolean {
  const syllables = pinyin.split(" ");
  const match = (i: number, at: number): boolean => {
    if (at === typed.length) return true;
    const syllable = syllables[i];
    if (syllable === undefined) return false;
    for (let n = syllable.length; n >= 1; n--) {
      if (typed.startsWith(syllable.slice(0, n), at) && match(i + 1, at + n)) return true;
    }
    return false;
  };
  return match(0, 0);
}

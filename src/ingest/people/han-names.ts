import { isHan } from "@/text/char-class";
import type { TaggedText } from "./mentions";

/**
 * A person's name in this news contains Han characters: foreign names are transliterated (克林顿,
 * 让·梅泰·亚彭德). A run of Latin letters the tagger took for a name is a word, code or markup
 * (`alert` in `<script>alert(1)</script>`), never a person.
 */
export function dropNamesWithoutHan(tagged: TaggedText[]): void {
  for (const t of tagged) t.mentions = t.mentions.filter((m) => Array.from(m.name).some(isHan));
}

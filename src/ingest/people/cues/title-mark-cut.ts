import type { Mention, TaggedText } from "../mentions";

/**
 * A "name" inside a work's title marks whose first character makes a word with the character before
 * it there (`《家道安安》`: 家道 is a word, so 道安安 is cut out of the title, not a person), when the
 * article prints it nowhere outside a title. A person a title names is printed whole in it
 * (`《我的父亲邓小平》`: 的邓 is no word) or named in the text too. Found in audit 6 and dev 4 (issue
 * 14): a TV series' title. Credits and names the model knows stay.
 */
const OPEN = "《";
const CLOSE = "》";

/** Whether [start, end) lies inside a pair of title marks in `chars`. */
export function insideTitleMarks(chars: readonly string[], start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0; k--) {
    if (chars[k] === CLOSE) return false;
    if (chars[k] === OPEN) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = end; k < chars.length; k++) {
    if (chars[k] === OPEN) return false;
    if (chars[k] === CLOSE) return true;
  }
  return false;
}

/** Whether the mention is cut across a word at its start, inside title marks. */
export function isCutInTitle(
  chars: readonly string[],
  m: Pick<Mention, "start" | "end">,
  isWord: (w: string) => boolean,
): boolean {
  const before = chars[m.start - 1];
  if (before === undefined || before === OPEN) return false;
  return insideTitleMarks(chars, m.start, m.end) && isWord(before + chars[m.start]!);
}

/** Whether the name is printed anywhere outside title marks. */
function printedOutsideTitles(tagged: readonly TaggedText[], name: string): boolean {
  const word = Array.from(name);
  for (const t of tagged)
    for (let at = 0; at + word.length <= t.chars.length; at++)
      if (word.every((c, k) => t.chars[at + k] === c) && !insideTitleMarks(t.chars, at, at + word.length)) return true;
  return false;
}

/** Drops the names cut out of a title at a word (credits and known names stay). */
export function dropNamesCutInTitles(
  tagged: readonly TaggedText[],
  knownNames: ReadonlySet<string>,
  isWord: (w: string) => boolean,
): void {
  const cut = new Set<string>();
  for (const t of tagged)
    for (const m of t.mentions)
      if (m.source !== "credit" && !knownNames.has(m.name) && isCutInTitle(t.chars, m, isWord)) cut.add(m.name);
  for (const name of cut) if (printedOutsideTitles(tagged, name)) cut.delete(name);
  if (cut.size === 0) return;
  for (const t of tagged) t.mentions = t.mentions.filter((m) => m.source === "credit" || !cut.has(m.name));
}

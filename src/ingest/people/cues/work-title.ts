/**
 * A dotted "name" that the text only ever prints inside a work's title marks (`《尚书·舜典》`,
 * `《易·乾·文言》`) is a book and its chapter, not a foreign name. Only dotted ones: a plain name
 * inside the marks (`《穆桂英挂帅》`, `《李兰娟今天说》`) is a person the PFR month counts and the
 * rmrb-web spec takes as optional. One mention outside the marks makes it a name again.
 */
const OPEN = "《";
const CLOSE = "》";

/** Whether `name` is dotted and every occurrence of it in `text` lies between 《 and 》 (false when it does not occur). */
export function onlyInsideWorkTitles(text: string, name: string): boolean {
  if (!name.includes("·")) return false;
  let found = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    found = true;
    const open = text.lastIndexOf(OPEN, at);
    const close = text.lastIndexOf(CLOSE, at);
    const end = text.indexOf(CLOSE, at + name.length);
    const nextOpen = text.indexOf(OPEN, at + name.length);
    const inside = open > close && end >= 0 && (nextOpen < 0 || end < nextOpen);
    if (!inside) return false;
  }
  return found;
}

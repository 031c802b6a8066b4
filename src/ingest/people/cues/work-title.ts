/**
 * A name that the text only ever prints inside a work's title marks (`《李兰娟今天说》`, `《尚书·
 * 舜典》`, `《林则徐》`) names a book, a film or a programme, not someone the article is about: the
 * spec takes names inside a work's name as optional, and a dotted title (尚书·舜典) would
 * otherwise pass for a foreign name. One mention outside the marks makes it a person again.
 */
const OPEN = "《";
const CLOSE = "》";

/** Whether every occurrence of `name` in `text` lies between 《 and 》 (false when it does not occur). */
export function onlyInsideWorkTitles(text: string, name: string): boolean {
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

/**
 * A plain name printed only inside a short work's title marks, and not one the model knows as a
 * person's, is part of the title: `《满江红》` (a tune, rmrb-web dev1), `《安国夫人》` and `《家道颖颖》`
 * (a play and a series, dev4: 安国 and 道颖颖 read out of them). Names of people in titles are mostly
 * of known people (`《邓小平文选》`, `《焦裕禄》`), which the caller keeps (not-persons.ts keeps every
 * name the model knows), and the rmrb-web guidelines take any name inside a title as optional. A long
 * title is a document's, and names real people (`《关于给予张定宇和张继先同志记大功奖励的决定》`, the
 * rmrb-web audit): kept. A single mention outside the marks makes it a name again. Dotted names:
 * work-title.ts.
 */
const OPEN = "《";
const CLOSE = "》";
/** Longest title (characters between the marks) read as a work's: 穆桂英挂帅 is 5, a document's runs to 20 and more. */
export const MAX_WORK_TITLE_LENGTH = 8;

/** Whether every occurrence of the plain `name` in `text` lies inside a title of at most MAX_WORK_TITLE_LENGTH characters. */
export function unknownNameOnlyInWorkTitles(text: string, name: string): boolean {
  if (name.includes("·")) return false;
  let found = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    found = true;
    const open = text.lastIndexOf(OPEN, at);
    if (open < 0 || text.lastIndexOf(CLOSE, at) > open) return false;
    const close = text.indexOf(CLOSE, at + name.length);
    const nextOpen = text.indexOf(OPEN, at + name.length);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) return false;
    if (Array.from(text.slice(open + 1, close)).length > MAX_WORK_TITLE_LENGTH) return false;
  }
  return found;
}

import { startsWithDateline } from "../parse/dateline";

/**
 * The first paragraph of a PFR article is usually its headline, printed on one line:
 * `迈向充满希望的新世纪——一九九八年新年讲话（附图片１张）` → title, `——` subtitles, notes.
 * Short news items have no headline: their first paragraph is already the body.
 */
export interface Headline {
  title: string;
  subtitles: string[];
  /** As printed, brackets included, in order. */
  notes: string[];
}

/**
 * Notes the editors print at the end of a headline about what goes with it, as data: each is split
 * off the title. Other bracketed endings (`（上）`, `（中国画）`, `（％）`) are part of the title.
 */
export const HEADLINE_NOTES: readonly RegExp[] = [
  /（附?图片?[0-9０-９一二三四五六七八九十]*张?）$/u, // （附图片１张） （图片） （图片２张）
  /（附表[0-9０-９一二三四五六七八九十]*）$/u, // （附表）
];

/** A subtitle is introduced by two or more dashes (the corpus has both —— and ———). */
const DASHES = /—{2,}/gu;
const OPENERS = "《“‘『「（(〈";
const CLOSERS = "》”’』」）)〉";
/** Sentence ends that mark a first paragraph as body text: a headline does not end a sentence with 。 */
const BODY_SENTENCE = /。/u;

export function splitHeadline(text: string): Headline {
  const notes: string[] = [];
  let rest = text.trim();
  for (let found = true; found;) {
    found = false;
    for (const note of HEADLINE_NOTES) {
      const m = note.exec(rest);
      if (m === null) continue;
      notes.unshift(m[0]);
      rest = rest.slice(0, m.index).trimEnd();
      found = true;
    }
  }
  const [title = "", ...subtitles] = splitAtTopLevelDashes(rest);
  return { title, subtitles, notes };
}

/**
 * True when a first paragraph is body text, not a headline: it opens with a dateline (`本报讯`,
 * `新华社…电`) or has a full stop. A headline note at its end wins: a photo's headline may be two
 * sentences (`…大门。门楣上的题字是：…（图片）`).
 */
export function isBodyText(text: string): boolean {
  if (splitHeadline(text).notes.length > 0) return false;
  return startsWithDateline(text) || BODY_SENTENCE.test(text);
}

/** Splits at dash runs outside brackets and quotes, so `读《追寻永恒———…》` keeps its book title. */
function splitAtTopLevelDashes(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === "—" && depth === 0) {
      DASHES.lastIndex = i;
      const run = DASHES.exec(text);
      if (run === null || run.index !== i) continue;
      parts.push(text.slice(start, i));
      start = i + run[0].length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  const [title = "", ...subtitles] = parts.map((p) => p.trim());
  return [title, ...subtitles.filter((p) => p.length > 0)];
}

import { collapseSpaces } from "@/text/collapse-spaces";
import { parseByline } from "../parse/byline";
import { inlineByline } from "../parse/dateline";
import type { PeopleSource } from "./extract-people";
import { spacedCreditNames } from "./cues/spaced-credit";
import { paddedName } from "./cues/padded-name-line";
import { splitAtIndents } from "./indent-breaks";

/**
 * A plain-text article (for `folio people`): one paragraph per line. A line that is a byline
 * (`■ 通讯员 梁宇`, `本报记者 钟 晓`) is the byline, a credit after the dateline (`本报讯（记者 张三）`)
 * too; the other lines are paragraphs (a line split where a paragraph's indent stands inside it),
 * with the spaces of a PDF export removed. No title: people
 * are read from every line alike.
 */
export function plainArticle(text: string): PeopleSource {
  let byline: PeopleSource["byline"] = null;
  const paragraphs: string[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const match: PeopleSource["byline"] = byline === null ? parseByline(line, true) : null;
    if (match !== null) {
      byline = match;
      continue;
    }
    if (byline === null && paragraphs.length === 0) {
      const inline = inlineByline(line);
      if (inline !== null) {
        byline = inline.match;
        paragraphs.push(collapseSpaces(line.slice(0, inline.start) + line.slice(inline.end)));
        continue;
      }
    }
    // a spaced credit line keeps its spaces: they are what tells its names apart, as a padded
    // two-character line's tell a name (padded-name-line.ts); a paragraph's indent inside the line
    // starts a paragraph of its own
    for (const part of splitAtIndents(line))
      paragraphs.push(spacedCreditNames(part) === null && paddedName(part) === null ? collapseSpaces(part) : part);
  }
  return { title: "", subtitles: [], byline, paragraphs, caption: null };
}

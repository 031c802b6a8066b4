import type { Byline } from "@/bundle/schema";
import type { PfrToken } from "./pfr-line";

/**
 * An institutional author line right under the headline: `本报评论员`, `本报特约评论员`,
 * `新华社评论员`. The paper prints it where a commentary's author goes, so it is the article's
 * byline (an author with no personal name: no reporters), not its first paragraph.
 */
export const COMMENTATOR_LINE = /^(?:本报|新华社|人民日报)(?:特约)?评论员$/u;

export function commentatorLine(tokens: readonly PfrToken[]): Byline | null {
  const text = tokens.map((t) => t.word).join("");
  return COMMENTATOR_LINE.test(text) ? { raw: text, reporters: [] } : null;
}

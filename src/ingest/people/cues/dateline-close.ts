import { datelineEnd } from "@/ingest/parse/dateline";
import { DATELINE_CITE } from "./dateline-credit";

/**
 * A role read back into a paragraph's dateline (`新华社南岭5月1日电 南岭特区行政长官陈建华`): the
 * spaces after the dateline are collapsed, so the title or description reader, walking back over Han
 * characters, ran on into the dateline's closing 电 (`电南岭特区行政长官`; 日 was already taken off as
 * a date's unit). A role starts after the dateline that opens its paragraph (the importer's own
 * `datelineEnd`: `新华社…电`, `本报…电|讯`, also after a citing 据): never at the 电 or 讯 that closes it.
 */
/** How many characters from the paragraph's start a dateline is read in (the longest is about 30). */
export const DATELINE_WINDOW = 40;

/**
 * Where a role that starts at `start` and ends at `end` in a paragraph's `chars` starts when it is
 * cut at the paragraph's dateline (the character after its 电 or 讯), or null when it does not reach
 * back into one.
 */
export function afterDatelineStart(chars: readonly string[], start: number, end: number): number | null {
  if (start >= DATELINE_WINDOW) return null;
  const lead = chars[0] === DATELINE_CITE ? 1 : 0;
  const text = chars.slice(lead, lead + DATELINE_WINDOW).join("");
  const closes = datelineEnd(text);
  if (closes === null) return null;
  const close = lead + Array.from(text.slice(0, closes)).length;
  return start < close && close < end ? close : null;
}

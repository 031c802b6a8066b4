import { parseByline, type BylineMatch } from "./byline";

/**
 * A dateline opens an article's first paragraph: `本报讯`, `本报北京1月5日电`, `新华社北京１月１日电`.
 * With no byline line above it, a dateline starts a new article; a reporter credit right after it
 * (`本报讯（记者 张三）`) is that article's byline.
 */
const DATELINE =
  /^(?:本报讯|本报[^，。、\s]{0,16}?[讯电]|(?:新华社|中新社|人民网|新华网|央视网|中国日报)[^，。、]{0,20}?电)/u;

/** Longest reporter credit we read after a dateline, in characters. */
export const MAX_INLINE_CREDIT_LENGTH = 40;

export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text.trimStart());
}

/** Where the dateline that opens `text` ends (`新华社北京１月１日电` → 10), or null. */
export function datelineEnd(text: string): number | null {
  const m = DATELINE.exec(text);
  return m === null ? null : m[0].length;
}

export interface InlineByline {
  match: BylineMatch;
  /** Where the credit (with its brackets) starts and ends in the text. */
  start: number;
  end: number;
}

/** The reporter credit in brackets right after a dateline, if any. */
export function inlineByline(text: string): InlineByline | null {
  const dateline = DATELINE.exec(text);
  if (dateline === null) return null;
  const afterDateline = dateline[0].length;
  const rest = text.slice(afterDateline);
  const credit = /^\s*[（(]([^（()）]{1,40})[）)]/u.exec(rest);
  if (credit === null || credit[0].length > MAX_INLINE_CREDIT_LENGTH + 4) return null;
  const match = parseByline(credit[1]!, true);
  if (match === null) return null;
  const leading = credit[0].length - credit[0].trimStart().length;
  return {
    match: { raw: credit[0].trim(), reporters: match.reporters },
    start: afterDateline + leading,
    end: afterDateline + credit[0].length,
  };
}

import type { Jump } from "@/bundle/schema";

/**
 * A jump line sends the reader to another page: `（下转第2版）` at the end of an article's part,
 * `（上接第1版）` at the start of its continuation. It stays with its article, not in its text.
 */
const JUMP = /^[（(]?\s*(下转|上接|转|接)\s*第?\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*版\s*[）)]?$/u;
const CHINESE_DIGITS = "一二三四五六七八九";

export function parseJumpLine(text: string): Jump | null {
  const raw = text.trim();
  const m = JUMP.exec(raw.replace(/\s+/gu, ""));
  if (m === null) return null;
  const page = pageNumber(m[2]!);
  if (page === null || page < 1) return null;
  return { raw, direction: m[1]!.includes("下") || m[1] === "转" ? "to" : "from", page };
}

function pageNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  // 一 … 十九: an optional tens digit before 十 and an optional unit after it.
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (m === null) return null;
  const unit = m[3] ? CHINESE_DIGITS.indexOf(m[3]) + 1 : 0;
  if (!m[2]) return m[1] ? CHINESE_DIGITS.indexOf(m[1]) + 1 : null;
  return (m[1] ? CHINESE_DIGITS.indexOf(m[1]) + 1 : 1) * 10 + unit;
}

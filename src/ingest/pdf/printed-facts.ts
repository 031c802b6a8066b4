import type { PrintedFacts } from "@/bundle/schema";

/**
 * What the page prints about itself in its furniture: the date (`2018年1月2日`), the page number and
 * name (`7 理论`, `第7版：理论`) and the paper's name (a short line ending in 报). Each is null when
 * the page does not print it; the metadata supplies it then.
 */
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const PAGE_HEADER = /^(?:第\s*)?(\d{1,3})\s*版?\s*[:：]?\s*([\p{Script=Han}]{2,8})$/u;
const PAPER = /^[\p{Script=Han}]{2,8}报$/u;

export function printedFacts(furniture: readonly string[]): PrintedFacts {
  const facts: PrintedFacts = { paper: null, date: null, pageNo: null, pageName: null };
  for (const raw of furniture) {
    const text = raw.replace(/\s+/gu, " ").trim();
    const date = DATE.exec(text);
    if (date && facts.date === null) {
      const [y, m, d] = [date[1]!, date[2]!.padStart(2, "0"), date[3]!.padStart(2, "0")];
      if (isValidDate(Number(y), Number(m), Number(d))) facts.date = `${y}-${m}-${d}`;
    }
    const page = PAGE_HEADER.exec(text);
    if (page && facts.pageNo === null && Number(page[1]) > 0) {
      facts.pageNo = Number(page[1]);
      facts.pageName = page[2]!;
    }
    const compact = text.replace(/\s+/gu, "");
    if (facts.paper === null && PAPER.test(compact)) facts.paper = compact;
  }
  return facts;
}

function isValidDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

import type { PaperMeta } from "../content/content-schema";

/**
 * The paper a PFR file is: the People's Daily. The corpus prints no masthead, page names or
 * layout, so the name is supplied from the corpus's provenance and the note says so.
 */
export const PFR_PAPER_ID = "rmrb";
export const PFR_PAPER_NAME = "人民日报";

/** `paper.json` for the months the import covers (dates as YYYY-MM-DD, sorted). */
export function pfrPaperMeta(firstDate: string, lastDate: string): PaperMeta {
  const first = monthLabel(firstDate);
  const last = monthLabel(lastDate);
  const months = first === last ? first : `${first}至${last}`;
  return {
    name: PFR_PAPER_NAME,
    nameNote: `《人民日报》标注语料库（PFR，北京大学计算语言学研究所），${months}。报名据语料来源补出：语料只收正文，没有报头、版名和版面。`,
  };
}

function monthLabel(date: string): string {
  const [year, month] = date.split("-");
  return `${year}年${Number(month)}月`;
}

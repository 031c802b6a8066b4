/**
 * The e-paper's article file name, `YYYYMMDD-PP-SS.txt`: the date, the page and the
 * article's order on the page. Anything else in a day's folder is not an article file.
 */
export interface ArticleFileName {
  date: string;
  page: number;
  seq: number;
}

const FILE_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{2,3})-(\d{2,3})\.txt$/u;

export function parseArticleFileName(name: string): ArticleFileName | null {
  const match = FILE_NAME.exec(name);
  if (match === null) return null;
  const [, year, month, day, page, seq] = match;
  const date = `${year}-${month}-${day}`;
  // A real calendar day (not 20190230), page and order from 1.
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  if (Number(page) < 1 || Number(seq) < 1) return null;
  return { date, page: Number(page), seq: Number(seq) };
}

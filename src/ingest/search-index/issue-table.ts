import type { SearchDoc, Segment } from "@/bundle/search-schema";

const DAY_MS = 86_400_000;

/** The issue table of a segment (see `search-schema.ts`), from documents in id order. */
export function issueTable(docs: readonly SearchDoc[]): Pick<Segment, "papers" | "issues"> {
  const papers: string[] = [];
  const issues: Segment["issues"] = { days: [], paper: [], docs: [] };
  let prevDay = 0;
  let prev: SearchDoc | undefined;
  for (const doc of docs) {
    if (prev !== undefined && prev.date === doc.date && prev.paper === doc.paper) {
      issues.docs[issues.docs.length - 1]! += 1;
    } else {
      const day = Math.round(Date.parse(`${doc.date}T00:00:00Z`) / DAY_MS);
      let paper = papers.indexOf(doc.paper);
      if (paper < 0) paper = papers.push(doc.paper) - 1;
      issues.days.push(issues.days.length === 0 ? day : prevDay - day);
      issues.paper.push(paper);
      issues.docs.push(1);
      prevDay = day;
    }
    prev = doc;
  }
  return { papers, issues };
}

/** Newest issue first; within an issue, papers by id, then pages; otherwise the order given. */
export function sortForSearch(docs: readonly SearchDoc[]): SearchDoc[] {
  return docs
    .map((doc, i) => ({ doc, i }))
    .sort(
      (a, b) =>
        b.doc.date.localeCompare(a.doc.date) ||
        (a.doc.paper < b.doc.paper ? -1 : a.doc.paper > b.doc.paper ? 1 : 0) ||
        a.doc.page - b.doc.page ||
        a.i - b.i,
    )
    .map(({ doc }) => doc);
}

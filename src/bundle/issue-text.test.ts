import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, issueSchema, pageTextSchema, type Issue, type Page } from "./schema";
import { joinIssue, joinPage, pageHead, pageText } from "./issue-text";

const page = (no: number): Page => ({
  no,
  name: `第${no}版`,
  articles: [1, 2].map((seq) => ({
    id: `${no}-${seq}`,
    seq,
    title: `标题${no}-${seq}`,
    subtitles: [],
    byline: null,
    paragraphs: [`第一段${no}-${seq}`, `第二段${no}-${seq}`],
    caption: null,
    people: [{ name: "张三", roles: [] }],
    sourceLines: [1, 2],
  })),
  unassigned: [{ lines: [3, 3], text: "残句", warning: "no headline" }],
});
const issue: Issue = {
  type: "folio/issue",
  version: BUNDLE_VERSION,
  paper: { id: "rmrb", name: "人民日报", nameNote: null },
  date: "2020-01-01",
  dateApproximate: false,
  dateNote: null,
  pages: [page(1), page(2)],
};

describe("an issue's file and its pages' text files", () => {
  const texts = new Map(issue.pages.map((p) => [`issues/rmrb/2020-01-01/${p.no}.json`, pageText(p)]));
  const file = { ...issue, pages: issue.pages.map((p) => pageHead(p, `issues/rmrb/2020-01-01/${p.no}.json`)) };

  it("keeps the headlines in the issue file and the paragraphs and unassigned text in the page's", () => {
    expect(issueSchema.safeParse(file).success).toBe(true);
    expect(JSON.stringify(file)).not.toContain("第一段");
    expect(JSON.stringify(file)).not.toContain("残句");
    expect(JSON.stringify(file)).toContain("标题2-2");
    for (const text of texts.values()) expect(pageTextSchema.safeParse(text).success).toBe(true);
  });

  it("joins back into the issue it was split from, page by page and whole", () => {
    expect(joinPage(file.pages[1]!, texts.get(file.pages[1]!.text!)!)).toEqual(issue.pages[1]);
    expect(joinIssue(file, (path) => texts.get(path)!)).toEqual(issue);
  });

  it("reads a page whose text is inline (a version-3 issue file) as it is", () => {
    expect(issueSchema.safeParse(issue).success).toBe(true);
    expect(joinPage(issue.pages[0]!, null)).toEqual(issue.pages[0]);
  });

  it("refuses a page with its text both inline and in a file, or in neither, and a text file that does not fit", () => {
    const both = { ...file, pages: [{ ...file.pages[0]!, unassigned: [] }] };
    expect(issueSchema.safeParse(both).success).toBe(false);
    const { text: _text, ...neither } = file.pages[0]!;
    expect(issueSchema.safeParse({ ...file, pages: [neither] }).success).toBe(false);
    const short = { ...pageText(issue.pages[0]!), paragraphs: [["只有一篇"]] };
    expect(() => joinPage(file.pages[0]!, short)).toThrow(/1 articles' paragraphs for 2 articles/u);
    expect(() => joinPage(file.pages[0]!, null)).toThrow(/was not given/u);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type Issue, type ParsedPage } from "@/bundle/schema";
import { linkIssueJumps, sameHeadline } from "./link-jumps";

const parsed = (name: string) => JSON.parse(readFileSync(`fixtures/${name}/expected.json`, "utf8")) as ParsedPage;

function issueOf(pages: { no: number; page: ParsedPage }[]): Issue {
  return {
    type: "folio/issue",
    version: BUNDLE_VERSION,
    paper: { id: "p", name: "报", nameNote: null },
    date: "2023-02-27",
    dateApproximate: false,
    dateNote: null,
    pages: pages.map(({ no, page }) => ({
      no,
      name: "要闻",
      articles: page.articles.map((a) => ({ ...a, id: `${no}-${a.seq}` })),
      unassigned: page.unassigned,
    })),
  } as Issue;
}

describe("linkIssueJumps", () => {
  it("links the jump fixtures' two parts both ways", () => {
    const issue = linkIssueJumps(
      issueOf([
        { no: 1, page: parsed("pdf-jump-front") },
        { no: 2, page: parsed("pdf-jump-back") },
      ]),
    );
    const front = issue.pages[0]!.articles.find((a) => a.jumps !== undefined)!;
    const back = issue.pages[1]!.articles.find((a) => a.jumps !== undefined)!;
    expect(front.jumps).toEqual([{ raw: "（下转第2版）", direction: "to", page: 2, article: back.id }]);
    expect(back.jumps).toEqual([{ raw: "（上接第1版）", direction: "from", page: 1, article: front.id }]);
  });
  it("leaves a jump to a page the issue does not have unlinked", () => {
    const issue = linkIssueJumps(issueOf([{ no: 1, page: parsed("pdf-jump-front") }]));
    const front = issue.pages[0]!.articles.find((a) => a.jumps !== undefined)!;
    expect(front.jumps![0]!.article).toBeUndefined();
  });
  it("matches two jumps to one page by their headlines, not their order", () => {
    const jump = (direction: "to" | "from", page: number) => ({ raw: "", direction, page });
    const article = (seq: number, title: string, jumps: ReturnType<typeof jump>[]) =>
      ({
        seq,
        title,
        subtitles: [],
        byline: null,
        paragraphs: ["正文。"],
        caption: null,
        people: [],
        sourceLines: [1, 1],
        jumps,
      }) as ParsedPage["articles"][number];
    const page = (articles: ParsedPage["articles"]): ParsedPage => ({ articles, unassigned: [], warnings: [] });
    const issue = linkIssueJumps(
      issueOf([
        {
          no: 1,
          page: page([
            article(1, "春耕备耕有序开展", [jump("to", 3)]),
            article(2, "区直机关党建工作会议召开", [jump("to", 3)]),
          ]),
        },
        {
          no: 3,
          page: page([
            article(1, "区直机关党建工作会议", [jump("from", 1)]),
            article(2, "春耕备耕有序开展", [jump("from", 1)]),
          ]),
        },
      ]),
    );
    expect(issue.pages[0]!.articles.map((a) => a.jumps![0]!.article)).toEqual(["3-2", "3-1"]);
    expect(issue.pages[1]!.articles.map((a) => a.jumps![0]!.article)).toEqual(["1-2", "1-1"]);
  });
  it("takes a short title for the same headline", () => {
    expect(
      sameHeadline("茂南区委九届第37次常委会会议召开，要求主动作为狠抓落实", "茂南区委九届第37次常委会会议召开"),
    ).toBe(true);
    expect(sameHeadline("春耕备耕", "区直机关党建")).toBe(false);
  });
});

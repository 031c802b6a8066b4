import { describe, expect, it } from "vitest";
import { citationMeta, gbt7714 } from "./citation";

const paper = { id: "rmrb", name: "人民日报", nameNote: null };
const issue = { paper, date: "1998-01-05", dateApproximate: false };
const byline = (...reporters: string[]) => ({ raw: "", reporters });

describe("gbt7714", () => {
  it("cites a bylined article in the newspaper form", () => {
    expect(gbt7714(issue, { no: 1 }, { title: "开发沙漠结硕果", subtitles: [], byline: byline("施明慎") })).toBe(
      "施明慎. 开发沙漠结硕果[N]. 人民日报, 1998-01-05(1).",
    );
  });
  it("lists three authors, then 等", () => {
    expect(gbt7714(issue, { no: 2 }, { title: "题名", subtitles: [], byline: byline("甲一", "乙二", "丙三") })).toBe(
      "甲一, 乙二, 丙三. 题名[N]. 人民日报, 1998-01-05(2).",
    );
    expect(
      gbt7714(issue, { no: 2 }, { title: "题名", subtitles: [], byline: byline("甲一", "乙二", "丙三", "丁四") }),
    ).toBe("甲一, 乙二, 丙三, 等. 题名[N]. 人民日报, 1998-01-05(2).");
  });
  it("starts with the title when there is no author", () => {
    expect(gbt7714(issue, { no: 3 }, { title: "论“从当地实际出发”", subtitles: [], byline: null })).toBe(
      "论“从当地实际出发”[N]. 人民日报, 1998-01-05(3).",
    );
  });
  it("cites an author without a personal name (本报评论员) as printed", () => {
    const commentator = { raw: "本报评论员", reporters: [] };
    expect(gbt7714(issue, { no: 1 }, { title: "论“从当地实际出发”", subtitles: [], byline: commentator })).toBe(
      "本报评论员. 论“从当地实际出发”[N]. 人民日报, 1998-01-05(1).",
    );
  });
  it("brackets an estimated date", () => {
    const seed = {
      paper: { id: "maonan", name: "茂南区新闻", nameNote: "…" },
      date: "2023-02-26",
      dateApproximate: true,
    };
    expect(gbt7714(seed, { no: 1 }, { title: "标题", subtitles: [], byline: byline("梁宇") })).toBe(
      "梁宇. 标题[N]. 茂南区新闻, [2023-02-26](1).",
    );
  });
});

describe("citationMeta", () => {
  it("gives title, authors, paper, page and date", () => {
    expect(citationMeta(issue, { no: 4 }, { title: "题名", byline: byline("甲一", "乙二") })).toEqual({
      citation_title: "题名",
      citation_journal_title: "人民日报",
      citation_firstpage: "4",
      citation_language: "zh",
      citation_author: ["甲一", "乙二"],
      citation_publication_date: "1998/01/05",
      citation_date: "1998/01/05",
    });
  });
  it("leaves an estimated date out", () => {
    const meta = citationMeta({ ...issue, dateApproximate: true }, { no: 1 }, { title: "题名", byline: null });
    expect(meta).not.toHaveProperty("citation_date");
    expect(meta).not.toHaveProperty("citation_author");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { structuredPageSchema } from "../content/content-schema";
import { importPfr } from "./import-pfr";

/** The fixture (`fixtures/pfr/sample.txt`, its README says which line exercises what). */
const source = readFileSync(new URL("../../../fixtures/pfr/sample.txt", import.meta.url), "utf8");
const imported = importPfr(source, "sample.txt");
const [day1, day2] = imported.issues;
const article = (issue: typeof day1, page: number, seq: number) => {
  const found = issue?.pages.find((p) => p.no === page)?.page.articles.find((a) => a.seq === seq);
  if (found === undefined) throw new Error(`no article ${page}-${seq}`);
  return found;
};

describe("importPfr on the fixture", () => {
  it("groups two issues, their pages (page 2 of day 1 is absent) and articles", () => {
    expect(
      imported.issues.map((i) => [i.meta.date, i.pages.map((p) => [p.no, p.file, p.page.articles.length])]),
    ).toEqual([
      [
        "2001-05-01",
        [
          [1, "page-01.json", 2],
          [3, "page-03.json", 2],
        ],
      ],
      [
        "2001-05-02",
        [
          [1, "page-01.json", 2],
          [2, "page-02.json", 1],
        ],
      ],
    ]);
    expect(imported.counts).toEqual({ issues: 2, pages: 4, articles: 7, paragraphs: 20 });
    expect(imported.pageGaps).toEqual([{ date: "2001-05-01", missing: [2] }]);
  });

  it("writes issue metadata: printed dates, no page names (the corpus has none)", () => {
    expect(day1!.meta).toEqual({
      date: "2001-05-01",
      dateApproximate: false,
      dateNote: null,
      pages: [
        { no: 1, name: null, file: "page-01.json" },
        { no: 3, name: null, file: "page-03.json" },
      ],
    });
    expect(imported.paper.name).toBe("人民日报");
    expect(imported.paper.nameNote).toContain("PFR");
    expect(imported.paper.nameNote).toContain("2001年5月");
  });

  it("splits headline, subtitle and note; takes the byline paragraph out of the text", () => {
    expect(article(day1, 1, 1)).toEqual({
      seq: 1,
      title: "青石县新图书馆开馆",
      subtitles: ["全县藏书突破１０万册"],
      titleNotes: ["（附图片１张）"],
      byline: { raw: "本报记者林海涛欧阳青", reporters: ["林海涛", "欧阳青"] },
      paragraphs: [
        "本报青石５月１日电青石县图书馆今天正式开馆，馆内藏书１２．５万册。",
        "馆长宋雨桐说：“这里每天开放１２小时。”",
      ],
      caption: null,
      people: [
        { name: "林海涛", roles: ["reporter"] },
        { name: "欧阳青", roles: ["reporter"] },
        { name: "宋雨桐", roles: ["馆长"] },
      ],
      sourceLines: [1, 4],
    });
  });

  it("keeps a 新华社 dateline and its credit in the text, and reads the credit as the byline", () => {
    const a = article(day1, 1, 2);
    expect(a.paragraphs[0]).toBe("新华社杭州５月１日电（记者张明远、许岚）连日来，东溪镇农民抢种早稻。");
    expect(a.byline).toEqual({ raw: "（记者张明远、许岚）", reporters: ["张明远", "许岚"] });
    expect(a.paragraphs).toHaveLength(2);
  });

  it("reads a headline-less brief as body text, with its 本报讯 credit", () => {
    const a = article(day1, 3, 1);
    expect(a.title).toBe("");
    expect(a.paragraphs).toEqual(["本报讯记者周小岚报道：青石县文化馆日前举办书法展览，展出作品８０幅。"]);
    expect(a.byline?.reporters).toEqual(["周小岚"]);
  });

  it("leaves a photo credit in the text, not as a byline; the photographer is one of its people", () => {
    const a = article(day1, 3, 2);
    expect([a.title, a.titleNotes, a.byline, a.paragraphs]).toEqual([
      "湖畔晨练",
      ["（图片）"],
      null,
      ["（新华社记者何一帆摄）"],
    ]);
    expect(a.people).toEqual([{ name: "何一帆", roles: ["reporter"] }]);
  });

  it("reads an author line, and skips the malformed line into unassigned", () => {
    const a = article(day2, 1, 1);
    expect(a.byline).toEqual({ raw: "吴静之", reporters: ["吴静之"] });
    expect(a.paragraphs).toEqual(["读书使人明智。", "书是朋友，也是老师。"]);
    expect(a.sourceLines).toEqual([15, 19]);
    const page = day2!.pages[0]!.page;
    expect(page.unassigned).toEqual([
      {
        lines: [18, 18],
        text: expect.stringMatching(/^2001052-01-001-004\/m/u),
        warning: expect.stringContaining("bad id"),
      },
    ]);
    expect(imported.warnings).toEqual([
      { line: 18, message: expect.stringContaining('bad id "2001052-01-001-004/m"') },
    ]);
    expect(imported.skippedLines).toBe(1);
  });

  it("reads a —— subtitle paragraph, then the byline under it", () => {
    const a = article(day2, 1, 2);
    expect([a.title, a.subtitles, a.byline?.reporters, a.paragraphs]).toEqual([
      "守护一方碧水",
      ["记护林员赵大山"],
      ["王立"],
      ["赵大山在东溪林场工作了２０年。"],
    ]);
  });

  it("does not take a name inside an organisation's name for a byline", () => {
    const a = article(day2, 2, 1);
    expect([a.title, a.byline]).toEqual(["宋雨桐基金会资助乡村学校", null]);
  });

  it("makes page files that pass the structured page schema", () => {
    for (const issue of imported.issues) {
      for (const { page } of issue.pages) expect(structuredPageSchema.safeParse(page).success).toBe(true);
    }
  });

  it("takes 本报评论员 under a headline as the byline (no names), out of the text", () => {
    const commentary = [
      "20010503-01-001-001/m  论/v  读书/vn  ",
      "20010503-01-001-002/m  本报/r  评论员/n  ",
      "20010503-01-001-003/m  读书/v  使/v  人/n  明智/a  。/w  ",
    ].join("\n");
    const a = importPfr(commentary, "commentary.txt").issues[0]!.pages[0]!.page.articles[0]!;
    expect([a.title, a.byline, a.paragraphs]).toEqual([
      "论读书",
      { raw: "本报评论员", reporters: [] },
      ["读书使人明智。"],
    ]);
  });
});

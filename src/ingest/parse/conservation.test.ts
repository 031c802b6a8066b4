import { describe, expect, it } from "vitest";
import { checkConservation } from "./conservation";

const page = (paragraphs: string[]) => ({
  articles: [
    {
      seq: 1,
      title: "标题",
      subtitles: [],
      byline: null,
      paragraphs,
      caption: null,
      people: [],
      sourceLines: [1, 3] as [number, number],
    },
  ],
  unassigned: [],
  warnings: [],
});

describe("checkConservation", () => {
  it("accepts output holding every character once, spaces aside", () => {
    expect(checkConservation("正 文。\n\n标题", page(["正文。"]))).toEqual({ missing: "", extra: "" });
  });
  it("reports lost and added characters", () => {
    expect(checkConservation("正文。\n\n标题", page(["正。多"]))).toEqual({ missing: "文", extra: "多" });
  });
});

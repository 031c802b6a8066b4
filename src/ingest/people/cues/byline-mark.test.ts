import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { bylineNamesWithClosingMark } from "./byline-mark";

describe("byline whose closing mark the parser took off", () => {
  it("gives the mark back to the last name and reads the marks off", () => {
    expect(bylineNamesWithClosingMark("本报记者  林秋禾文  郑南摄", ["林秋禾文", "郑南"])).toEqual(["林秋禾", "郑南"]);
    expect(bylineNamesWithClosingMark("本报记者  林秋禾文  本报记者  郑  南摄", ["林秋禾文", "郑南"])).toEqual([
      "林秋禾",
      "郑南",
    ]);
  });

  it("reads nothing when the raw line has no closing mark or the last name kept it", () => {
    expect(bylineNamesWithClosingMark("本报记者  林秋禾  郑南", ["林秋禾", "郑南"])).toBeNull();
    expect(bylineNamesWithClosingMark("本报记者  林秋禾文  郑南摄", ["林秋禾文", "郑南摄"])).toBeNull();
    expect(bylineNamesWithClosingMark("本报记者  郑南摄", ["郑南"])).toBeNull();
  });

  it("ships the names without their marks", () => {
    const people = extractPeople({
      title: "山里的橘子熟了",
      subtitles: [],
      byline: { raw: "本报记者  林秋禾文  郑南摄", reporters: ["林秋禾文", "郑南"] },
      paragraphs: ["橘园里一片金黄，果农忙着采摘。"],
      caption: null,
    });
    expect(people.map((p) => p.name)).toEqual(["林秋禾", "郑南"]);
  });
});

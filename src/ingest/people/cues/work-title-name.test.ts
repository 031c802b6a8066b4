import { describe, expect, it } from "vitest";
import { dropNotPersons } from "../not-persons";
import { taggedWith } from "../test-helpers.test-helper";
import { unknownNameOnlyInWorkTitles } from "./work-title-name";

describe("a plain name printed only inside a work's title", () => {
  it("is part of the title", () => {
    expect(unknownNameOnlyInWorkTitles("剧院上演《柯宁夫人》《大漠》等剧目", "柯宁")).toBe(true);
    expect(unknownNameOnlyInWorkTitles("系列剧《家柯颖颖》第二部首播", "柯颖颖")).toBe(true);
  });

  it("is a name once printed outside the marks, and dotted names are left to work-title.ts", () => {
    expect(unknownNameOnlyInWorkTitles("《柯宁夫人》首演，柯宁的后人到场", "柯宁")).toBe(false);
    expect(unknownNameOnlyInWorkTitles("柯宁说", "柯宁")).toBe(false);
    expect(unknownNameOnlyInWorkTitles("《尚书·舜典》", "尚书·舜典")).toBe(false);
  });

  it("goes with all its mentions unless the model knows the name (not-persons)", () => {
    const t = taggedWith("剧院上演《柯宁夫人》《宁远传》等剧目", ["柯宁", "宁远"]);
    dropNotPersons([t], new Set(["宁远"]));
    expect(t.mentions.map((m) => m.name)).toEqual(["宁远"]);
  });
});

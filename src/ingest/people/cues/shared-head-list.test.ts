import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { sharedHeadListNames } from "./shared-head-list";

const names = (text: string, found: string[]) => {
  const t = taggedWith(text, found);
  return sharedHeadListNames(t.chars, t.mentions);
};

describe("a list of things sharing a head", () => {
  it("makes its head and its items no persons", () => {
    expect(names("活动有海韵印象、海韵心语、海韵拼图、海韵味道等。", ["海韵心语", "海韵拼图"])).toEqual([
      "海韵",
      "海韵心语",
      "海韵拼图",
    ]);
  });

  it("leaves siblings' three-character names and a compound surname", () => {
    expect(names("到场的有柯小明、柯小红、柯小刚和家人。", ["柯小明", "柯小红", "柯小刚"])).toEqual([]);
    expect(names("到场的有欧阳明远、欧阳清风、欧阳晓雨。", ["欧阳明远", "欧阳清风"])).toEqual([]);
  });
});

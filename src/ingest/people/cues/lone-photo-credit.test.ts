import { describe, expect, it } from "vitest";
import { lonePhotoCreditName } from "./lone-photo-credit";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";

describe("lone photo credit", () => {
  it("reads one name before the mark and the note of the picture's source", () => {
    expect(lonePhotoCreditName("柯玉和摄（影像中国）")).toBe("柯玉和");
    expect(lonePhotoCreditName("宁小禾摄影报道（人民视觉）")).toBe("宁小禾");
    expect(lonePhotoCreditName("欧阳文清摄（新华社发）")).toBe("欧阳文清");
  });

  it("is not a credit without the note, as a verb, or as text", () => {
    expect(lonePhotoCreditName("柯玉和摄")).toBeNull();
    expect(lonePhotoCreditName("无人机航拍摄（资料图片）")).toBeNull();
    expect(lonePhotoCreditName("用手机拍摄（资料图片）")).toBeNull();
    expect(lonePhotoCreditName("图为市民在公园赏花。柯玉和摄（影像中国）")).toBeNull();
    expect(lonePhotoCreditName("摄（影像中国）")).toBeNull();
  });

  it("makes the whole name a credit where the tagger reads 和 as a conjunction", () => {
    const people = extractPeople(plainArticle("图为市民从彩色斑马线上通过。\n柯玉和摄（影像中国）"));
    expect(people).toEqual([{ name: "柯玉和", roles: ["reporter"] }]);
  });
});

import { describe, expect, it } from "vitest";
import { textPieces } from "./text-pieces";

describe("textPieces", () => {
  it("marks matches and links names, splitting where they cross", () => {
    expect(textPieces("廖述毅推动乡村振兴。", ["廖述毅"], [[5, 9]])).toEqual([
      { text: "廖述毅", name: "廖述毅", marked: false },
      { text: "推动", name: null, marked: false },
      { text: "乡村振兴", name: null, marked: true },
      { text: "。", name: null, marked: false },
    ]);
    expect(textPieces("廖述毅推动", ["廖述毅"], [[1, 4]])).toEqual([
      { text: "廖", name: "廖述毅", marked: false },
      { text: "述毅", name: "廖述毅", marked: true },
      { text: "推", name: null, marked: true },
      { text: "动", name: null, marked: false },
    ]);
  });
  it("gives the text whole without names or matches", () => {
    expect(textPieces("正文。", [], [])).toEqual([{ text: "正文。", name: null, marked: false }]);
  });
});

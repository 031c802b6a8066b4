import { describe, expect, it } from "vitest";
import { authorNamesLine } from "./author-names-line";

const at = (text: string) => Array.from(text);
const known = (w: string) => ["远远", "天气", "趋势", "分析"].includes(w);
/** A tagger that likes the given spans and finds everything else barely possible. */
const likes =
  (line: string, names: string[]) =>
  (s: number, e: number): number =>
    names.includes(at(line).slice(s, e).join("")) ? 0.3 : 0.002;

describe("an author line of several names closed up", () => {
  it("tiles a line the tagger read with a name run on over the next one's surname", () => {
    const line = "周方杨远山";
    const tiled = authorNamesLine(at(line), [{ start: 0, end: 3 }], likes(line, ["周方", "杨远山"]), known);
    expect(tiled).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 5 },
    ]);
  });

  it("lets the first name be a pen name but starts every later one with a surname", () => {
    const line = "剑青安远远";
    const tiled = authorNamesLine(at(line), [{ start: 0, end: 3 }], () => 0.01, known);
    // 剑青安|远远 would start a name with 远 (no surname) and read the word 远远
    expect(tiled).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 5 },
    ]);
  });

  it("leaves a line the tagger's names tile, one without a name at its start, and other lines", () => {
    const line = "李德润葛洪";
    const prob = likes(line, ["李德润", "葛洪"]);
    const tiling = [
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ];
    expect(authorNamesLine(at(line), tiling, prob, known)).toBeNull();
    expect(authorNamesLine(at("天气趋势分析"), [{ start: 2, end: 4 }], () => 0.01, known)).toBeNull();
    expect(authorNamesLine(at("周方"), [{ start: 0, end: 1 }], () => 0.5, known)).toBeNull();
    expect(authorNamesLine(at("周方、杨远山"), [{ start: 0, end: 2 }], () => 0.5, known)).toBeNull();
  });

  it("refuses a tiling with a piece the tagger rules out", () => {
    const line = "周方杨远山";
    expect(authorNamesLine(at(line), [{ start: 0, end: 3 }], () => 0.0001, known)).toBeNull();
  });
});

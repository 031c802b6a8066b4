import { describe, expect, it } from "vitest";
import { add, prf, scoreArticle } from "./score";

describe("article-level scoring", () => {
  it("counts each distinct name once and compares exact strings", () => {
    const s = scoreArticle(["王小明", "王小明", "李四", "张"], ["王小明", "李四五"], []);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 1, falsePositives: ["李四"], falseNegatives: ["李四五"] });
  });

  it("leaves one-character names out on both sides", () => {
    expect(scoreArticle(["张"], ["江", "李鹏"], [])).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it("treats names found only inside compounds as optional", () => {
    expect(scoreArticle(["宋庆龄"], ["宋庆龄"], ["宋庆龄"])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle([], ["宋庆龄"], ["宋庆龄"])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scoreArticle(["孙中山"], [], ["孙中山"])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it("sums counts and computes P, R and F1", () => {
    const total = add({ tp: 3, fp: 1, fn: 0 }, { tp: 1, fp: 0, fn: 4 });
    expect(total).toEqual({ tp: 4, fp: 1, fn: 4 });
    const { p, r, f1 } = prf(total);
    expect(p).toBeCloseTo(0.8);
    expect(r).toBeCloseTo(0.5);
    expect(f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });
});

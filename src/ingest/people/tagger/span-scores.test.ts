import { describe, expect, it } from "vitest";
import { allSequences } from "./brute-force.test-helper";
import { SpanScorer } from "./span-scores";
import { TAG_COUNT, tagsToSpans } from "./tags";
import { mulberry32 } from "../../seeded-random";

describe("span probabilities", () => {
  it("match brute force over all tag sequences", () => {
    const random = mulberry32(11);
    const n = 5;
    const em = Float32Array.from({ length: n * TAG_COUNT }, () => random() * 4 - 2);
    const trans = Float64Array.from({ length: TAG_COUNT * TAG_COUNT }, () => random() - 0.5);
    const scorer = new SpanScorer(em, n, trans);
    const seqs = allSequences(em, n, trans);
    const z = seqs.reduce((s, q) => s + Math.exp(q.score), 0);
    for (const [start, end] of [
      [0, 2],
      [1, 4],
      [2, 3],
      [0, 5],
    ] as const) {
      const want =
        seqs
          .filter((q) => tagsToSpans(q.tags).some((s) => s.start === start && s.end === end))
          .reduce((s, q) => s + Math.exp(q.score), 0) / z;
      expect(scorer.spanProbability(start, end)).toBeCloseTo(want, 9);
    }
    expect(scorer.spanProbability(3, 3)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { ALLOWED, B, CAN_END, CAN_START, E, O, TAG_COUNT } from "./tags";
import { viterbi } from "./viterbi";

const zeros = new Float64Array(TAG_COUNT * TAG_COUNT);

describe("viterbi", () => {
  it("follows the emissions where they form a valid sequence", () => {
    // O B E O
    const em = new Float32Array([5, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 5, 0, 5, 0, 0, 0, 0]);
    expect(Array.from(viterbi(em, 4, zeros))).toEqual([O, B, E, O]);
  });

  it("keeps to well-formed sequences where the emissions alone would not", () => {
    // alone, the emissions say I at the start and B at the end
    const em = new Float32Array([0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0]);
    const tags = Array.from(viterbi(em, 3, zeros));
    expect(CAN_START[tags[0]!]).toBe(true);
    expect(CAN_END[tags[2]!]).toBe(true);
    for (let i = 1; i < tags.length; i++) expect(ALLOWED[tags[i - 1]! * TAG_COUNT + tags[i]!]).toBe(true);
  });

  it("handles an empty sentence", () => {
    expect(viterbi(new Float32Array(0), 0, zeros)).toHaveLength(0);
  });
});

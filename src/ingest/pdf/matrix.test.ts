import { describe, expect, it } from "vitest";
import { IDENTITY, multiply, type Matrix } from "./matrix";

describe("multiply", () => {
  it("leaves a matrix as it is under the identity, on either side", () => {
    const m: Matrix = [2, 0.5, -1, 3, 10, 20];
    expect(multiply(IDENTITY, m)).toEqual(m);
    expect(multiply(m, IDENTITY)).toEqual(m);
  });

  it("scales, then translates in the scaled space (a cm inside a scaled page)", () => {
    const scale: Matrix = [2, 0, 0, 3, 0, 0];
    const translate: Matrix = [1, 0, 0, 1, 5, 7];
    expect(multiply(scale, translate)).toEqual([2, 0, 0, 3, 10, 21]);
    expect(multiply(translate, scale)).toEqual([2, 0, 0, 3, 5, 7]);
  });
});

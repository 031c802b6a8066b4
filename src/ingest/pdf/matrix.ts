/** A PDF transformation matrix `[a, b, c, d, e, f]` (the current transformation matrix, CTM). */
export type Matrix = [number, number, number, number, number, number];

/** The identity: no transformation. */
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m × n` as PDF composes them: `cm` with `n` while `m` is the current matrix. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * The running mean of SGD's weights over its steps (averaged SGD), kept lazily beside weights that
 * are stored as `scale * v` with sparse changes to `v`: each step costs only the entries it changes.
 *
 * Why it works: with C the sum of the scales of the steps averaged so far, the sum of the weights of
 * those steps is `C * v - b`, where `b` collects, for every change δ to an entry of `v`, δ times the
 * C of the moment it was made (the steps before it saw `v` without δ).
 */
export class WeightAverage {
  private readonly b: Float64Array;
  /** Sum of the scales of the averaged steps, in units of the current `v`. */
  private c = 0;
  private steps = 0;

  constructor(size: number) {
    this.b = new Float64Array(size);
  }

  /** Call when entry k of `v` changes by delta (before `endStep` of that step). */
  changed(k: number, delta: number): void {
    if (this.c !== 0) this.b[k]! += delta * this.c;
  }

  /** Call when `v` is multiplied through by `factor` (and the scale divided by it). */
  rescaled(factor: number): void {
    this.c /= factor;
  }

  /** Call after each step to be averaged, with the scale the step ended with. */
  endStep(scale: number): void {
    this.c += scale;
    this.steps++;
  }

  /** The mean weights of the averaged steps, given the current `v` (the last step's weights if none were averaged). */
  mean(v: Float64Array, scale: number): Float64Array {
    const out = new Float64Array(v.length);
    if (this.steps === 0) {
      for (let k = 0; k < v.length; k++) out[k] = scale * v[k]!;
      return out;
    }
    for (let k = 0; k < v.length; k++) out[k] = (this.c * v[k]! - this.b[k]!) / this.steps;
    return out;
  }
}

/**
 * L-BFGS: minimises a smooth function of many variables from its value and gradient, keeping the
 * last `memory` steps to approximate the inverse Hessian (Nocedal & Wright, Numerical Optimization,
 * algorithm 7.4 with the two-loop recursion 7.5 and the initial scaling 7.20), with a backtracking
 * line search that stops at the first step meeting the Armijo (sufficient decrease) condition.
 *
 * Written by hand: the npm registry has no maintained L-BFGS (the one general minimiser there,
 * `fmin` 0.0.4, offers Nelder–Mead and conjugate gradients on plain arrays, unchanged since 2016);
 * the CRF needs ~0.4 M variables in typed arrays and a gradient computed with the value in one pass.
 */

/** The value at x, with its gradient written into `gradient` (same length as x). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Most iterations (each one line search). */
  maxIterations: number;
  /** Stop when ‖gradient‖ ≤ this × max(1, ‖x‖). */
  gradientTolerance?: number;
  /** Stop when an iteration lowers the value by less than this share of |value|. */
  relativeDecrease?: number;
  /** Steps kept for the Hessian approximation. */
  memory?: number;
  /** Most value evaluations in one line search before giving up. */
  maxLineSearch?: number;
  onIteration?: (progress: LbfgsProgress) => void;
}

export interface LbfgsProgress {
  iteration: number;
  value: number;
  gradientNorm: number;
  /** Value evaluations so far, the start's included. */
  evaluations: number;
  /** The current point (do not keep: it is overwritten by the next iteration). */
  x: Float64Array;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  reason: "gradient" | "decrease" | "iterations" | "line search";
}

/** Armijo constant: accept a step that achieves this share of the decrease the slope promises. */
const ARMIJO = 1e-4;
/** Backtracking factor when a step fails the Armijo condition (without a usable interpolation). */
const SHRINK = 0.5;
const DEFAULT_MEMORY = 10;
const DEFAULT_GRADIENT_TOLERANCE = 1e-5;
const DEFAULT_RELATIVE_DECREASE = 1e-10;
const DEFAULT_MAX_LINE_SEARCH = 30;

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions): LbfgsResult {
  const n = start.length;
  const m = options.memory ?? DEFAULT_MEMORY;
  const gtol = options.gradientTolerance ?? DEFAULT_GRADIENT_TOLERANCE;
  const ftol = options.relativeDecrease ?? DEFAULT_RELATIVE_DECREASE;
  const maxLineSearch = options.maxLineSearch ?? DEFAULT_MAX_LINE_SEARCH;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = objective(x, g);
  let evaluations = 1;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const d = new Float64Array(n);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  let gnorm = norm(g);
  let iteration = 0;
  const done = (reason: LbfgsResult["reason"]): LbfgsResult => ({
    x,
    value: f,
    gradientNorm: gnorm,
    iterations: iteration,
    evaluations,
    reason,
  });
  if (!Number.isFinite(f)) throw new Error(`L-BFGS: the objective is ${f} at the start`);
  while (true) {
    if (gnorm <= gtol * Math.max(1, norm(x))) return done("gradient");
    if (iteration >= options.maxIterations) return done("iterations");
    // Two-loop recursion: d = −H g.
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, d);
      axpy(-alpha[k]!, y[k]!, d);
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    }
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k]! * dot(y[k]!, d);
      axpy(alpha[k]! - beta, s[k]!, d);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (curvature information gone bad): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = -gnorm * gnorm;
    }
    // Backtracking: step 1 (the quasi-Newton step), or 1/‖g‖ before any curvature is known.
    let step = s.length === 0 ? 1 / Math.max(1, gnorm) : 1;
    let fNew = NaN;
    let accepted = false;
    for (let trial = 0; trial < maxLineSearch; trial++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = objective(xNew, gNew);
      evaluations++;
      if (Number.isFinite(fNew) && fNew <= f + ARMIJO * step * slope) {
        accepted = true;
        break;
      }
      // Minimum of the quadratic through f, the slope and fNew, kept within [0.1, 0.5] of the step.
      const quadratic = Number.isFinite(fNew) ? (-slope * step * step) / (2 * (fNew - f - slope * step)) : NaN;
      step = Number.isFinite(quadratic) ? Math.min(SHRINK * step, Math.max(0.1 * step, quadratic)) : SHRINK * step;
    }
    if (!accepted) return done("line search");
    iteration++;
    const sNext = s.length === m ? s.shift()! : new Float64Array(n);
    const yNext = y.length === m ? y.shift()! : new Float64Array(n);
    if (rho.length === m) rho.shift();
    for (let i = 0; i < n; i++) {
      sNext[i] = xNew[i]! - x[i]!;
      yNext[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(sNext, yNext);
    // Keep the pair only with positive curvature (the Armijo search alone does not guarantee it).
    if (sy > 1e-10 * dot(yNext, yNext)) {
      s.push(sNext);
      y.push(yNext);
      rho.push(1 / sy);
    }
    const decrease = f - fNew;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    f = fNew;
    gnorm = norm(g);
    options.onIteration?.({ iteration, value: f, gradientNorm: gnorm, evaluations, x });
    if (decrease <= ftol * Math.max(1, Math.abs(f))) return done("decrease");
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += a * x[i]!;
}

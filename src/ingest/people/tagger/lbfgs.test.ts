import { describe, expect, it } from "vitest";
import { minimizeLbfgs, type Objective } from "./lbfgs";

describe("L-BFGS", () => {
  it("finds the minimum of a made-up ill-conditioned quadratic", () => {
    // f(x) = Σ c_i (x_i − m_i)² / 2 + a coupling term, curvatures from 1 to 1000.
    const c = [1, 10, 100, 1000, 3, 30];
    const m = [1, -2, 3, -4, 5, 0.5];
    const objective: Objective = (x, g) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        const d = x[i]! - m[i]!;
        f += (c[i]! * d * d) / 2;
        g[i] = c[i]! * d;
      }
      const couple = x[0]! - x[1]! - (m[0]! - m[1]!);
      f += couple * couple;
      g[0]! += 2 * couple;
      g[1]! -= 2 * couple;
      return f;
    };
    const result = minimizeLbfgs(objective, new Float64Array(6), {
      maxIterations: 200,
      gradientTolerance: 1e-9,
      relativeDecrease: 0,
    });
    expect(result.reason).toBe("gradient");
    for (let i = 0; i < 6; i++) expect(result.x[i]).toBeCloseTo(m[i]!, 7);
    expect(result.value).toBeCloseTo(0, 12);
  });

  it("finds the minimum of the Rosenbrock function from (−1.2, 1)", () => {
    const objective: Objective = (x, g) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const seen: number[] = [];
    const result = minimizeLbfgs(objective, Float64Array.of(-1.2, 1), {
      maxIterations: 500,
      gradientTolerance: 1e-10,
      onIteration: ({ value }) => seen.push(value),
    });
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    // Every accepted step lowers the value (the Armijo condition).
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeLessThan(seen[i - 1]!);
    expect(result.iterations).toBe(seen.length);
  });

  it("stops after maxIterations", () => {
    const objective: Objective = (x, g) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const result = minimizeLbfgs(objective, Float64Array.of(-1.2, 1), { maxIterations: 3 });
    expect(result.reason).toBe("iterations");
    expect(result.iterations).toBe(3);
    expect(result.value).toBeLessThan(24.2); // f(−1.2, 1)
  });

  it("refuses a start where the objective is not finite", () => {
    expect(() => minimizeLbfgs(() => NaN, new Float64Array(2), { maxIterations: 5 })).toThrow(/NaN at the start/);
  });
});

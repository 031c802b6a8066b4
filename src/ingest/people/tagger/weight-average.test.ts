import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { WeightAverage } from "./weight-average";

describe("WeightAverage", () => {
  it("equals the plain mean of scale * v over the averaged steps, with sparse changes and rescaling", () => {
    const random = mulberry32(11);
    const size = 6;
    const v = new Float64Array(size);
    let scale = 1;
    const average = new WeightAverage(size);
    const sum = new Float64Array(size);
    let averagedSteps = 0;
    for (let step = 0; step < 200; step++) {
      scale *= 0.9 + random() * 0.09;
      if (scale < 0.01) {
        for (let k = 0; k < size; k++) v[k]! *= scale;
        average.rescaled(scale);
        scale = 1;
      }
      for (let j = 0; j < 2; j++) {
        const k = Math.floor(random() * size);
        const delta = random() - 0.5;
        v[k]! += delta;
        average.changed(k, delta);
      }
      if (step >= 120) {
        average.endStep(scale);
        for (let k = 0; k < size; k++) sum[k]! += scale * v[k]!;
        averagedSteps++;
      }
    }
    const mean = average.mean(v, scale);
    for (let k = 0; k < size; k++) expect(mean[k]).toBeCloseTo(sum[k]! / averagedSteps, 10);
    // and it is not just the last weights
    expect(Array.from(mean)).not.toEqual(Array.from(v, (x) => scale * x));
  });

  it("gives the last weights when no step was averaged", () => {
    const average = new WeightAverage(2);
    average.changed(0, 1);
    expect(Array.from(average.mean(Float64Array.of(1, 2), 0.5))).toEqual([0.5, 1]);
  });
});

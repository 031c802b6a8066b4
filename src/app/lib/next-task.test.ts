import { describe, expect, it } from "vitest";
import { SLICE_MS, timeSliced } from "./next-task";

describe("timeSliced", () => {
  it("yields only once the steps since the last yield have run for a slice", async () => {
    let clock = 0;
    let yields = 0;
    const pause = timeSliced(
      () => clock,
      async () => void yields++,
    );
    await pause();
    clock += SLICE_MS - 1;
    await pause();
    expect(yields).toBe(0);
    clock += 1;
    await pause();
    expect(yields).toBe(1);
    // A new slice starts after the yield.
    clock += SLICE_MS / 2;
    await pause();
    expect(yields).toBe(1);
    clock += SLICE_MS;
    await pause();
    expect(yields).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { runInOwnTaskIf, SLICE_MS, timeSliced } from "./next-task";

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

describe("runInOwnTaskIf", () => {
  /**
   * A task boundary the test releases by hand; `passed()` settles after what waited on it has run
   * (its callbacks run in the order they were added).
   */
  function manualTask() {
    let release = () => {};
    const boundary = new Promise<void>((resolve) => (release = resolve));
    return { yieldTask: () => boundary, release: () => release(), passed: () => boundary };
  }

  it("runs at once when not asked to wait", () => {
    const task = manualTask();
    let runs = 0;
    runInOwnTaskIf(false, () => void runs++, task.yieldTask);
    expect(runs).toBe(1);
  });

  it("runs only after the task boundary when asked to wait", async () => {
    const task = manualTask();
    let runs = 0;
    runInOwnTaskIf(true, () => void runs++, task.yieldTask);
    await Promise.resolve();
    expect(runs).toBe(0);
    task.release();
    await task.passed();
    expect(runs).toBe(1);
  });

  it("never runs once cancelled", async () => {
    const task = manualTask();
    let runs = 0;
    const cancel = runInOwnTaskIf(true, () => void runs++, task.yieldTask);
    cancel();
    task.release();
    await task.passed();
    expect(runs).toBe(0);
  });
});

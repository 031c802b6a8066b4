/**
 * Resolves in a later task, so that the browser can paint and handle input between two pieces of
 * work: the phone's main thread is never held for long by one of them. `scheduler.yield()` where
 * the browser has it (the work goes on before other queued tasks, and no timer clamping), a timer
 * elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long a piece of work split into steps runs before it yields, in ms of the device's own time:
 * a quarter of a long task (50 ms), so that a phone four times slower than this machine still
 * stays under it.
 */
export const SLICE_MS = 12;

/**
 * A `pause` for work done in steps that yields only once the steps since the last yield have run
 * for `SLICE_MS`: a fast machine (the prerender in Node) runs on without a timer per step, a slow
 * phone yields every few steps.
 */
export function timeSliced(now: () => number = () => performance.now(), yieldTask = nextTask): () => Promise<void> {
  let start = now();
  return async () => {
    if (now() - start < SLICE_MS) return;
    await yieldTask();
    start = now();
  };
}

/**
 * Runs `run` now, or, when `later`, in a task of its own after the current one (`yieldTask`): for an
 * effect whose work only confirms what the prerendered page already shows, so that it does not
 * lengthen the hydration's task. Returns a cancel for the effect's cleanup (a cancelled run never
 * happens).
 */
export function runInOwnTaskIf(later: boolean, run: () => void, yieldTask = nextTask): () => void {
  if (!later) {
    run();
    return () => {};
  }
  let live = true;
  void yieldTask().then(() => {
    if (live) run();
  });
  return () => {
    live = false;
  };
}

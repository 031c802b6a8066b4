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

/**
 * What a Lighthouse run's Total Blocking Time is made of: the page's long main-thread tasks, read
 * from the run's trace with Lighthouse's own task model (`core/lib/tracehouse`), each with what
 * ran in it: compiling, evaluating a module, a callback of a script (React's scheduler running a
 * render or hydration is a callback of the chunk React's DOM renderer is in), style and layout,
 * parsing HTML. `npm run lighthouse` prints them with `LIGHTHOUSE_TASKS=1`.
 *
 * The trace is observed at the machine's own speed; Lighthouse's mobile preset simulates a CPU
 * four times slower (`SLOWDOWN`), so a task counts as long (> 50 ms simulated) from 12.5 ms here.
 */
import { MainThreadTasks } from "lighthouse/core/lib/tracehouse/main-thread-tasks.js";
import { TraceProcessor } from "lighthouse/core/lib/tracehouse/trace-processor.js";

/** Lighthouse mobile's simulated CPU slowdown. */
const SLOWDOWN = 4;
/** A task longer than this (simulated) blocks the main thread (the TBT threshold). */
const LONG_TASK_MS = 50;
/** Parts of a task shorter than this (observed) are left out of its line. */
const PART_MS = 1.5;

interface Node {
  /** `tdur`: the thread's CPU time in the event (µs), where the trace has it. */
  event: { name: string; tdur?: number; args?: { data?: { url?: string; functionName?: string } } };
  children: Node[];
  parent: Node | undefined;
  startTime: number;
  duration: number;
  selfTime: number;
  group: { id: string };
}

/** A chunk's short name: `/assets/client-CrcKd5Fi.js` → `client`. */
function scriptName(url: string | undefined): string {
  if (url === undefined || url === "") return "?";
  const file = url.split("/").at(-1) ?? url;
  return file.replace(/-[\w]{8}\.js$/u, "").replace(/\?.*$/u, "") || url;
}

/** What a part of a task is, or null for an event that only wraps others (a timer, microtasks…). */
function partOf(node: Node): string | null {
  const data = node.event.args?.data;
  switch (node.event.name) {
    case "v8.evaluateModule":
    case "EvaluateScript":
      return `evaluate ${scriptName(data?.url)}`;
    case "FunctionCall":
      return `call ${scriptName(data?.url)}`;
    case "ParseHTML":
      return "parse HTML";
    case "Layout":
    case "UpdateLayoutTree":
      return "style+layout";
    default:
      if (node.group.id === "scriptParseCompile") return "compile";
      if (node.group.id === "garbageCollection") return "GC";
      return null;
  }
}

/** Adds up a task's parts (observed ms): named parts whole, wrappers by their own time and their children. */
function addParts(node: Node, parts: Map<string, number>, top = true): void {
  const name = top ? null : partOf(node);
  if (name !== null) {
    parts.set(name, (parts.get(name) ?? 0) + node.duration);
    return;
  }
  if (node.selfTime > 0) parts.set("other", (parts.get("other") ?? 0) + node.selfTime);
  for (const child of node.children) addParts(child, parts, false);
}

/**
 * The long tasks of a navigation's trace, one line each: start (ms after navigation, observed),
 * simulated duration and blocking time, the main thread's CPU time in it (observed), and its parts
 * in observed ms, longest first; then the sum of their blocking time from the observed first
 * contentful paint (`fcpMs`) on, from their durations and from their CPU time. On a loaded machine
 * a task's duration includes the time its thread waited for a core, and Lighthouse's simulation
 * multiplies that too; its CPU time does not, so the second sum is what the page's own work
 * blocks, whatever the load.
 */
export function longTaskLines(trace: unknown, fcpMs: number): string[] {
  // Lighthouse's types for these are a global namespace this project does not load.
  const processed = TraceProcessor.processTrace(trace as never);
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  ) as unknown as Node[];
  const lines: string[] = [];
  let blocking = 0;
  let cpuBlocking = 0;
  for (const task of tasks) {
    if (task.parent !== undefined || task.duration * SLOWDOWN <= LONG_TASK_MS) continue;
    const cpuMs = task.event.tdur === undefined ? null : task.event.tdur / 1000;
    if (task.startTime >= fcpMs) {
      blocking += task.duration * SLOWDOWN - LONG_TASK_MS;
      cpuBlocking += Math.max(0, (cpuMs ?? task.duration) * SLOWDOWN - LONG_TASK_MS);
    }
    const parts = new Map<string, number>();
    addParts(task, parts);
    const described = [...parts]
      .filter(([, ms]) => ms >= PART_MS)
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(", ");
    lines.push(
      `@${task.startTime.toFixed(0)} ms: ${(task.duration * SLOWDOWN).toFixed(0)} ms simulated ` +
        `(blocks ${(task.duration * SLOWDOWN - LONG_TASK_MS).toFixed(0)}; CPU ${cpuMs?.toFixed(1) ?? "?"} ms) — ${described}`,
    );
  }
  lines.push(
    `blocking after first paint (observed ×${SLOWDOWN}, not Lighthouse's simulation): ${blocking.toFixed(0)} ms; ` +
      `from CPU time ×${SLOWDOWN}: ${cpuBlocking.toFixed(0)} ms`,
  );
  return lines;
}

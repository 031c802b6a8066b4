import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { CliError } from "../cli-error";
import { runTask, type IngestResult, type IngestTask } from "./tasks";

/**
 * Runs ingest tasks on every core. piscina (Node core contributors' worker-thread pool: a task
 * queue, a fixed set of threads, errors and shutdown handled) rather than a hand-written pool:
 * nothing here is Folio's own. `jobs` 1 runs in this thread, with no worker at all, which is also
 * what `--jobs 2` is measured against. Workers load the TypeScript sources through tsx, as the CLI does.
 */
export interface TaskRunner {
  readonly jobs: number;
  run<T extends IngestTask>(task: T): Promise<IngestResult<T>>;
  close(): Promise<void>;
}

/** Drawing page images runs in its own worker entry (it loads the renderer). */
const IMAGE_WORKER = new URL("./image-worker.ts", import.meta.url).href;
const IMAGE_TASKS: ReadonlySet<IngestTask["kind"]> = new Set(["page-images", "pdf-file"]);

/** `--jobs` default: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

export function taskRunner(jobs: number = defaultJobs()): TaskRunner {
  if (jobs <= 1) {
    return {
      jobs: 1,
      run: async <T extends IngestTask>(task: T) => (await runTask(task)) as IngestResult<T>,
      close: async () => {},
    };
  }
  // Started on the first task: a build whose pages all come from the cache starts no thread.
  let pool: Piscina | null = null;
  const started = () =>
    (pool ??= new Piscina({
      filename: new URL("./ingest-worker.ts", import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      // The queue may hold every task of a build: they are small (a day's lines, a page's text).
      maxQueue: Infinity,
      execArgv: ["--import", "tsx"],
    }));
  return {
    jobs,
    run: <T extends IngestTask>(task: T) =>
      started().run(task, IMAGE_TASKS.has(task.kind) ? { filename: IMAGE_WORKER } : {}) as Promise<IngestResult<T>>,
    close: async () => {
      await pool?.destroy();
    },
  };
}

/** Parses `--jobs`: a positive whole number, or the default when absent. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--jobs takes a whole number of threads, 1 or more (got "${value}")`);
  return n;
}

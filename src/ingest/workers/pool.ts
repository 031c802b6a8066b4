import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { CliError } from "../cli-error";
import { runTask, type IngestResult, type IngestTask } from "./tasks";
import { workerBundle } from "./worker-bundle";

/**
 * Runs ingest tasks on every core. piscina (Node core contributors' worker-thread pool: a task
 * queue, a fixed set of threads, errors and shutdown handled) rather than a hand-written pool:
 * nothing here is Folio's own. `jobs` 1 runs in this thread, with no worker at all, which is also
 * what `--jobs 2` is measured against. Workers run the sources bundled by esbuild (`worker-bundle.ts`),
 * or, when that bundle cannot be built, the TypeScript sources through tsx, as the CLI does.
 */
export interface TaskRunner {
  readonly jobs: number;
  /** Starts the threads now (they load their code while this thread does other work), not on the first task. */
  start(): void;
  run<T extends IngestTask>(task: T): Promise<IngestResult<T>>;
  close(): Promise<void>;
}

/** Drawing page images runs in its own worker entry (it loads the renderer). */
const INGEST_WORKER = new URL("./ingest-worker.ts", import.meta.url).href;
const IMAGE_WORKER = new URL("./image-worker.ts", import.meta.url).href;

/** The two entries as the threads load them: bundled (no loader), or the sources through tsx. */
async function workerFiles(): Promise<{ ingest: string; image: string; execArgv: string[] }> {
  try {
    const { entries } = await workerBundle([INGEST_WORKER, IMAGE_WORKER].map((url) => fileURLToPath(url)));
    return { ingest: entries[0]!, image: entries[1]!, execArgv: [] };
  } catch {
    return { ingest: INGEST_WORKER, image: IMAGE_WORKER, execArgv: ["--import", "tsx"] };
  }
}
const IMAGE_TASKS: ReadonlySet<IngestTask["kind"]> = new Set(["page-images", "pdf-file"]);

/** `--jobs` default: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

export function taskRunner(jobs: number = defaultJobs()): TaskRunner {
  if (jobs <= 1) {
    return {
      jobs: 1,
      start: () => {},
      run: async <T extends IngestTask>(task: T) => (await runTask(task)) as IngestResult<T>,
      close: async () => {},
    };
  }
  // Started on the first task: a build whose pages all come from the cache starts no thread.
  let pool: Promise<{ piscina: Piscina; image: string }> | null = null;
  const started = () =>
    (pool ??= workerFiles().then(({ ingest, image, execArgv }) => ({
      piscina: new Piscina({
        filename: ingest,
        minThreads: jobs,
        maxThreads: jobs,
        // The queue may hold every task of a build: they are small (a day's lines, a page's text).
        maxQueue: Infinity,
        execArgv,
      }),
      image,
    })));
  return {
    jobs,
    start: () => void started(),
    run: async <T extends IngestTask>(task: T) => {
      const { piscina, image } = await started();
      return (await piscina.run(task, IMAGE_TASKS.has(task.kind) ? { filename: image } : {})) as IngestResult<T>;
    },
    close: async () => {
      if (pool !== null) await (await pool).piscina.destroy();
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

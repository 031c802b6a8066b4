import { runTask, type IngestTask } from "./tasks";

/** The worker threads' entry (piscina calls the default export with each task). */
export default function ingestWorker(task: IngestTask): ReturnType<typeof runTask> {
  return runTask(task);
}

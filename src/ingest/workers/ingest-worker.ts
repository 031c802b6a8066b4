import { sharedModel } from "../people/tagger/load-model";
import { runTask, type IngestTask } from "./tasks";

// Every task of this entry (a day of a corpus, a page of text) reads with the people model: the
// thread loads it as it starts, which `folio import` overlaps with reading and splitting the corpus.
sharedModel();

/** The worker threads' entry (piscina calls the default export with each task). */
export default function ingestWorker(task: IngestTask): ReturnType<typeof runTask> {
  return runTask(task);
}

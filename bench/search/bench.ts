import { parseArgs } from "node:util";
import type { SearchDoc } from "@/bundle/search-schema";
import { sortForSearch } from "@/ingest/search-index/issue-table";
import { searchableText } from "@/search/searchable-text";
import { foldingCost } from "./folding-cost";
import { workerBundle } from "./worker-bundle";
import { pfrCorpus, PFR_PATH } from "./pfr-corpus";
import { benchQueries } from "./queries";
import { printCorpus, printFolding } from "./report";
import { runFolio, type FolioReport } from "./run-folio";
import { runFlexSearch, runMiniSearch, type LibraryReport } from "./run-libraries";
import { syntheticCorpus } from "./synthetic-corpus";
import { Truth } from "./truth";

/**
 * `npm run bench:search [-- --sizes 1000,10000,100000] [--no-real] [--no-libs]`
 * Prints, never asserts. Sizes above LIBRARY_MAX_DOCS skip the libraries (memory on a shared box).
 */
const LIBRARY_MAX_DOCS = 100_000;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    "no-real": { type: "boolean", default: false },
    "no-libs": { type: "boolean", default: false },
  },
});

async function benchCorpus(label: string, input: SearchDoc[], libs: boolean): Promise<void> {
  const started = performance.now();
  const docs = sortForSearch(input);
  const truth = new Truth(docs);
  const queries = benchQueries(docs, truth);
  const folio: FolioReport[] = [];
  folio.push(await runFolio("Folio (auto)", docs, queries, truth, {}));
  if (folio[0]!.stats.mode === "small")
    folio.push(await runFolio("Folio (segmented, forced)", docs, queries, truth, { mode: "segmented" }));
  else if (docs.length <= 5_000)
    folio.push(await runFolio("Folio (small, forced)", docs, queries, truth, { mode: "small" }));
  const libraries: LibraryReport[] = [];
  if (libs && docs.length <= LIBRARY_MAX_DOCS) {
    libraries.push(await runFlexSearch(docs, queries, truth));
    libraries.push(runMiniSearch(docs, queries, truth));
  }
  printCorpus(label, docs, queries, folio, libraries, performance.now() - started);
}

const sample = syntheticCorpus(2000).map(searchableText).join("\n");
printFolding(await foldingCost(sample), await workerBundle());
for (const size of values.sizes.split(",").map(Number)) {
  await benchCorpus(`synthetic, ${size.toLocaleString("en")} articles`, syntheticCorpus(size), !values["no-libs"]);
}
if (!values["no-real"]) {
  const real = pfrCorpus();
  if (real === null) console.log(`\n(skipped the real month: ${PFR_PATH} not found)`);
  else
    await benchCorpus(
      `People's Daily, January 1998 (${real.length.toLocaleString("en")} articles)`,
      real,
      !values["no-libs"],
    );
}

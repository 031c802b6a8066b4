#!/usr/bin/env node
// The `folio` command. Its TypeScript sources run bundled by esbuild (`src/ingest/workers/worker-bundle.ts`,
// rebuilt when a source changed): loading them through tsx, which transpiles every module on each
// start, cost about a CPU-second before any work. When the bundle cannot be built, tsx runs the sources.
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const CLI = fileURLToPath(new URL("../src/ingest/cli.ts", import.meta.url));

async function loadCli() {
  try {
    const { workerBundle, CLI_BUNDLE_DIR } = await tsImport("../src/ingest/workers/worker-bundle.ts", import.meta.url);
    const { entries } = await workerBundle([CLI], CLI_BUNDLE_DIR);
    return await import(entries[0]);
  } catch {
    return tsImport("../src/ingest/cli.ts", import.meta.url);
  }
}

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));

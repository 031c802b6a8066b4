#!/usr/bin/env node
// The `folio` command: runs the TypeScript CLI through tsx, so no compile step is needed.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/ingest/cli.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));

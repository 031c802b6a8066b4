/**
 * The end-to-end tests' web server: what `npm start` runs, with two more papers beside the seed —
 * the PFR-format fixture imported as an archive, and the test paper of `fixtures/e2e-content/`
 * (article text with markup in it). Never the shared corpus.
 */
import { spawnSync } from "node:child_process";
import { main as folio } from "../src/ingest/cli";

const ARCHIVE = ".cache/e2e-archive";

function step(code: number): void {
  if (code !== 0) process.exit(code);
}

step(await folio(["import", "pfr", "fixtures/pfr/sample.txt", "--out", ARCHIVE]));
step(await folio(["build", "--content", "content", "--content", ARCHIVE, "--content", "fixtures/e2e-content"]));
step(spawnSync("npm", ["run", "build:app"], { stdio: "inherit" }).status ?? 1);
step(spawnSync("npm", ["run", "serve"], { stdio: "inherit" }).status ?? 1);

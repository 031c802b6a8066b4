/**
 * `npm run start:archive -- <corpus file> [--archive-dir dir] [--content dir]…`: imports a PFR
 * corpus (the People's Daily month, or any file in its format) beside the seed, builds the papers
 * into one site and serves it, exactly as `npm start` does for the seed alone. `--content` adds
 * more content folders (the end-to-end tests' own paper).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { main as folio } from "../src/ingest/cli";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "archive-dir": { type: "string", default: "content-archive" },
    content: { type: "string", multiple: true, default: [] },
  },
});
const corpus = positionals[0];
if (corpus === undefined) {
  console.error("usage: npm run start:archive -- <corpus file> [--archive-dir dir] [--content dir]…");
  process.exit(2);
}
const archiveDir = values["archive-dir"];
const contentDirs = ["content", archiveDir, ...values.content].flatMap((dir) => ["--content", dir]);

function step(code: number): void {
  if (code !== 0) process.exit(code);
}

step(await folio(["import", "pfr", corpus, "--out", archiveDir]));
step(await folio(["build", ...contentDirs]));
step(spawnSync("npm", ["run", "build:app"], { stdio: "inherit" }).status ?? 1);
step(spawnSync("npm", ["run", "serve"], { stdio: "inherit" }).status ?? 1);

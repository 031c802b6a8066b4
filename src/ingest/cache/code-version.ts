import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The version of the code that turns content into the bundle: a hash of its source files and the
 * people model, so a cached parse or people result is never reused after the parser, the tagger, its
 * model or the bundle schema changed. Computed, not hand-bumped: a forgotten bump would serve stale
 * results. Tests are left out (they change no output).
 */
const SRC = fileURLToPath(new URL("../../", import.meta.url));
/** What a cached result depends on: the ingest code (parser, people, importers, bundle writer), the shared text and bundle code, the search folding. */
export const CODE_ROOTS: readonly string[] = ["ingest", "text", "bundle", "search"].map((dir) => join(SRC, dir));

const TEST_FILE = /\.test\.ts$|\.test-helper\.ts$|[\\/]testing[\\/]/u;

export function codeVersion(roots: readonly string[] = CODE_ROOTS, extra = ""): string {
  const hash = createHash("sha256");
  // Anything else the output depends on (library versions), when given.
  if (extra !== "") hash.update(`${extra}\0`);
  for (const root of roots) {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((path) => !TEST_FILE.test(path))
      .sort();
    for (const file of files) {
      hash.update(`${relative(root, file)}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

let current: string | null = null;

/** The running code's version, computed once. */
export function currentCodeVersion(): string {
  current ??= codeVersion();
  return current;
}

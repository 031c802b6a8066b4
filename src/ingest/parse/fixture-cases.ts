import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ParsedPage } from "@/bundle/schema";
import { decodeText } from "../read-text-file";
import { readPage } from "../read-page";

/** The parser's fixture corpus: `fixtures/<case>/source.txt` (UTF-8 or GBK) + `expected.json`. */
/** npm scripts, vitest and the benches all run from the package root. */
export const FIXTURES_DIR = resolve("fixtures");

export interface FixtureCase {
  name: string;
  dir: string;
  source: string;
  expectedPath: string;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES_DIR, e.name, "source.txt")))
    .map((e) => {
      const dir = join(FIXTURES_DIR, e.name);
      const decoded = decodeText(readFileSync(join(dir, "source.txt")));
      if (!decoded.ok) throw new Error(`fixtures/${e.name}/source.txt: ${decoded.error}`);
      return { name: e.name, dir, source: decoded.text, expectedPath: join(dir, "expected.json") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What a fixture's expected.json holds: exactly what `folio parse --json` prints. */
export function parseFixture(fixture: FixtureCase): ParsedPage {
  return readPage(fixture.source);
}

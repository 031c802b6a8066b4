import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { importRmrbWeb, type WebImport } from "./import-rmrb-web";

/** The e-paper importer's fixtures: `fixtures/rmrb-web/<case>/source/` (a folder of the format) + `expected.json`. */
export const WEB_FIXTURES_DIR = resolve("fixtures/rmrb-web");

export interface WebFixtureCase {
  name: string;
  source: string;
  expectedPath: string;
}

export function webFixtureCases(): WebFixtureCase[] {
  return readdirSync(WEB_FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(WEB_FIXTURES_DIR, e.name, "source")))
    .map((e) => ({
      name: e.name,
      source: join(WEB_FIXTURES_DIR, e.name, "source"),
      expectedPath: join(WEB_FIXTURES_DIR, e.name, "expected.json"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What a case's expected.json holds: the import, with warnings' files relative to the case's source. */
export async function importWebFixture(fixture: WebFixtureCase): Promise<WebImport> {
  const imported = await importRmrbWeb(fixture.source);
  return { ...imported, warnings: imported.warnings.map((w) => ({ ...w, file: relative(fixture.source, w.file) })) };
}

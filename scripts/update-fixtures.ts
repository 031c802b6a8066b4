/**
 * Regenerates `fixtures/<case>/expected.json` from the current parser,
 * `fixtures/rmrb-web/<case>/expected.json` from the e-paper importer and
 * `fixtures/people/<case>/expected.json` from people extraction: `npm run fixtures:update` (all
 * cases) or `npm run fixtures:update -- <case>…`. Review the diff before committing: the fixtures
 * are the specification. `-- --pdfs` first typesets the PDF fixtures again (`fixtures/pdf-*`:
 * source.pdf and truth.json, see scripts/pdf-fixtures/), which needs the fonts named there.
 */
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { fixtureCases, FIXTURES_DIR, parseFixture } from "../src/ingest/parse/fixture-cases";
import { importWebFixture, webFixtureCases } from "../src/ingest/rmrb-web/fixture-cases";
import { peopleFixtures, peopleOfFixture } from "../src/ingest/people/people-fixtures";
import { parsePdfFixture, pdfFixtureCases } from "../src/ingest/pdf/pdf-fixture-cases";
import { writePdfFixtures } from "./pdf-fixtures/write-pdf-fixtures";

const args = process.argv.slice(2);
const only = new Set(args.filter((a) => a !== "--pdfs"));
let written = 0;

/** Writes an expected.json as Prettier prints it (the style `npm run lint` checks), so that a
 * regenerated fixture differs from the committed one only where the output changed. */
async function writeExpected(path: string, value: unknown): Promise<void> {
  const options = await resolveConfig(path);
  writeFileSync(path, await format(JSON.stringify(value), { ...options, filepath: path }));
}
if (args.includes("--pdfs")) {
  for (const name of await writePdfFixtures(FIXTURES_DIR, only)) console.log(`typeset fixtures/${name}/source.pdf`);
}
for (const fixture of fixtureCases()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  await writeExpected(fixture.expectedPath, parseFixture(fixture));
  console.log(`wrote fixtures/${fixture.name}/expected.json`);
  written++;
}
for (const fixture of webFixtureCases()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  await writeExpected(fixture.expectedPath, await importWebFixture(fixture));
  console.log(`wrote fixtures/rmrb-web/${fixture.name}/expected.json`);
  written++;
}
for (const fixture of peopleFixtures()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  await writeExpected(fixture.expectedPath, peopleOfFixture(fixture));
  console.log(`wrote fixtures/people/${fixture.name}/expected.json`);
  written++;
}
for (const fixture of pdfFixtureCases()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  await writeExpected(fixture.expectedPath, await parsePdfFixture(fixture));
  console.log(`wrote fixtures/${fixture.name}/expected.json`);
  written++;
}
if (written === 0) {
  console.error(`no fixture matched ${[...only].join(", ")}`);
  process.exitCode = 2;
}

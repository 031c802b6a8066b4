/**
 * Regenerates `fixtures/<case>/expected.json` from the current parser, and
 * `fixtures/rmrb-web/<case>/expected.json` from the e-paper importer, and
 * `fixtures/people/<case>/expected.json` from people extraction: `npm run fixtures:update` (all
 * cases) or `npm run fixtures:update -- <case>…`. Review the diff before committing: the fixtures
 * are the specification.
 */
import { writeFileSync } from "node:fs";
import { fixtureCases, parseFixture } from "../src/ingest/parse/fixture-cases";
import { importWebFixture, webFixtureCases } from "../src/ingest/rmrb-web/fixture-cases";
import { peopleFixtures, peopleOfFixture } from "../src/ingest/people/people-fixtures";

const only = new Set(process.argv.slice(2));
let written = 0;
for (const fixture of fixtureCases()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  writeFileSync(fixture.expectedPath, `${JSON.stringify(parseFixture(fixture), null, 2)}\n`);
  console.log(`wrote fixtures/${fixture.name}/expected.json`);
  written++;
}
for (const fixture of webFixtureCases()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  writeFileSync(fixture.expectedPath, `${JSON.stringify(await importWebFixture(fixture), null, 2)}\n`);
  console.log(`wrote fixtures/rmrb-web/${fixture.name}/expected.json`);
  written++;
}
for (const fixture of peopleFixtures()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  writeFileSync(fixture.expectedPath, `${JSON.stringify(peopleOfFixture(fixture), null, 2)}\n`);
  console.log(`wrote fixtures/people/${fixture.name}/expected.json`);
  written++;
}
if (written === 0) {
  console.error(`no fixture matched ${[...only].join(", ")}`);
  process.exitCode = 2;
}

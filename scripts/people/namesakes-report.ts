/**
 * `npx tsx scripts/people/namesakes-report.ts <bundle data dir> [--sample N]`: how many names of a
 * built bundle may cover more than one person (`src/ingest/people-index/namesakes.ts`), how their
 * mentions divide, and a sample of split names with each person's places and titles, to check by
 * hand. Reads the bundle as the app does (manifest → people directory → shards), so it measures
 * what a reader sees.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  restoreManifest,
  restorePeopleDir,
  restorePeopleDirectory,
  restorePeopleShard,
} from "../../src/bundle/restore";
import type { PersonDetail } from "../../src/bundle/schema";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: "string", default: "20" } },
});
const dataDir = positionals[0];
if (dataDir === undefined) {
  console.error("usage: npx tsx scripts/people/namesakes-report.ts <bundle data dir> [--sample N]");
  process.exit(2);
}
const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dataDir, file), "utf8"));

const manifest = restoreManifest(await read("manifest.json"));
if (manifest.people === undefined) {
  console.error(`${dataDir}/manifest.json: this bundle has no people`);
  process.exit(1);
}
const directory = restorePeopleDirectory(await read(manifest.people.directory));
const people: PersonDetail[] = [];
for (const dirFile of directory.directories) {
  const dir = restorePeopleDir(await read(dirFile));
  for (const shardFile of dir.shards) people.push(...restorePeopleShard(await read(shardFile)).people);
}
const split = people.filter((p) => (p.namesakes?.length ?? 0) > 1);
const persons = split.reduce((n, p) => n + p.namesakes!.length, 0);
const unsorted = split.reduce((n, p) => n + p.mentions.filter((m) => m.person === undefined).length, 0);
const shown = split.reduce((n, p) => n + p.mentions.length, 0);
const multi = people.filter((p) => p.articleCount > 1);
console.log(`names: ${people.length} (${multi.length} in more than one article)`);
console.log(
  `names that may cover more than one person: ${split.length} (${((100 * split.length) / people.length).toFixed(2)}% of names, ` +
    `${((100 * split.length) / Math.max(1, multi.length)).toFixed(2)}% of names in more than one article), ${persons} people`,
);
const bySize = new Map<number, number>();
for (const p of split) bySize.set(p.namesakes!.length, (bySize.get(p.namesakes!.length) ?? 0) + 1);
console.log(
  `people per split name: ${[...bySize]
    .sort((a, b) => a[0] - b[0])
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ")}`,
);
console.log(`mentions of split names listed: ${shown}, whose titles do not tell: ${unsorted}`);

// A deterministic sample spread over the split names (in name order).
const sampleSize = Number(values.sample);
const ordered = [...split].sort((a, b) => (a.name < b.name ? -1 : 1));
const step = Math.max(1, Math.floor(ordered.length / Math.max(1, sampleSize)));
console.log(`\nsample (every ${step}th split name):`);
for (const person of ordered.filter((_, i) => i % step === 0).slice(0, sampleSize)) {
  console.log(`\n${person.name} (${person.articleCount} articles)`);
  for (const [index, namesake] of person.namesakes!.entries()) {
    const mentions = person.mentions.filter((m) => m.person === index);
    const titles = [...new Set(mentions.flatMap((m) => m.roles))].slice(0, 5);
    const dates = [...new Set(mentions.map((m) => m.date))];
    console.log(
      `  ${index + 1}. ${namesake.where.join("、")} · ${namesake.articleCount} · ${titles.join(" / ")} · ${dates.at(-1)}…${dates[0]}`,
    );
  }
  const rest = person.mentions.filter((m) => m.person === undefined);
  if (rest.length > 0)
    console.log(`  ?. ${rest.length} not told: ${[...new Set(rest.flatMap((m) => m.roles))].slice(0, 4).join(" / ")}`);
}

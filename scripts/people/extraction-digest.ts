/**
 * A digest of what people extraction makes of a set of articles, to show that a change leaves the
 * output byte for byte as it was (printed, not asserted): one md5 per article of its people (names,
 * roles, everything `extractPeopleAndAliases` returns) and aliases as JSON, and one md5 over them all.
 *   npx tsx scripts/people/extraction-digest.ts --pfr <articles.jsonl> --days 1-20
 *   npx tsx scripts/people/extraction-digest.ts --rmrb <rmrb-web dir> --files <list of relative paths>
 * Run it in two checkouts and compare the files with `diff` or `cmp`; it prints no text of the articles.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractPeopleAndAliases, type PeopleSource } from "../../src/ingest/people/extract-people";
import { sharedModel } from "../../src/ingest/people/tagger/load-model";
import { articlesOfDays, parseDays, pfrSource } from "./corpus-examples";
import { rmrbArticle } from "./rmrb-gold";
import { readArticlesJsonl } from "../pfr/read-articles-jsonl";

const { values } = parseArgs({
  options: {
    pfr: { type: "string" },
    days: { type: "string", default: "1-20" },
    rmrb: { type: "string" },
    files: { type: "string" },
  },
});

const sources: { id: string; source: PeopleSource }[] = [];
if (values.pfr !== undefined) {
  const articles = articlesOfDays(readArticlesJsonl(readFileSync(values.pfr, "utf8")), parseDays(values.days));
  articles.forEach((a, i) => sources.push({ id: `${a.date} p${a.page} #${i}`, source: pfrSource(a) }));
} else if (values.rmrb !== undefined && values.files !== undefined) {
  const dir = values.rmrb;
  for (const file of readFileSync(values.files, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== ""))
    sources.push({ id: file, source: rmrbArticle(readFileSync(join(dir, file), "utf8")) });
} else {
  console.error("folio: pass --pfr <articles.jsonl> [--days 1-20] or --rmrb <dir> --files <list>");
  process.exit(2);
}

const model = sharedModel();
const all = createHash("md5");
for (const { id, source } of sources) {
  const { people, aliases } = extractPeopleAndAliases(source, model);
  const json = JSON.stringify({ people, aliases: [...aliases] });
  const md5 = createHash("md5").update(json).digest("hex");
  all.update(md5);
  console.log(`${md5}  ${id}`);
}
console.log(`${all.digest("hex")}  all ${sources.length} articles`);

/**
 * People extraction on modern text (printed, not asserted): the hand-annotated rmrb-web articles.
 *   npm run eval:people:rmrb [-- <gold.jsonl>] [--corpus <rmrb-web dir>] [--errors 30]
 * The gold comes from the argument, FOLIO_RMRB_GOLD, or the repository's sealed
 * gold/rmrb-3/gold.sealed.jsonl (seals of the strings, no text: scripts/gold/seal.ts; a plain gold
 * file outside the repository is read too); the articles from --corpus, FOLIO_RMRB or
 * ../shared/corpus/rmrb-web/. How the gold was made: scripts/people/README.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractPeopleAndAliases } from "../src/ingest/people/extract-people";
import { sharedModel } from "../src/ingest/people/tagger/load-model";
import { SHARED_CORPUS_DIR } from "./pfr/corpus-path";
import { prf } from "./people/score";
import { readRmrbGold, rmrbArticle, scoreRmrbArticle } from "./people/rmrb-gold";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: "string" }, errors: { type: "string", default: "30" } },
});
const goldPath =
  positionals[0] ??
  (process.env.FOLIO_RMRB_GOLD || fileURLToPath(new URL("../gold/rmrb-3/gold.sealed.jsonl", import.meta.url)));
const corpusDir = values.corpus ?? (process.env.FOLIO_RMRB || join(SHARED_CORPUS_DIR, "rmrb-web"));
for (const [path, what] of [
  [goldPath, "the rmrb-web gold (FOLIO_RMRB_GOLD)"],
  [corpusDir, "the rmrb-web corpus (FOLIO_RMRB)"],
] as const) {
  if (!existsSync(path)) {
    console.error(`folio: ${what} not found at ${path}; pass its path`);
    process.exit(2);
  }
}

const gold = readRmrbGold(readFileSync(goldPath, "utf8"), goldPath);
const model = sharedModel();
const total = { tp: 0, fp: 0, fn: 0, rolesExact: 0, addressForms: 0 };
const errors: string[] = [];
let ms = 0; // extraction only, not scoring (unsealing the error lists costs more than extraction)
for (const article of gold) {
  const text = readFileSync(join(corpusDir, article.file), "utf8");
  const started = performance.now();
  const { people, aliases } = extractPeopleAndAliases(rmrbArticle(text), model);
  ms += performance.now() - started;
  const score = scoreRmrbArticle(article, people, aliases, text);
  total.tp += score.tp;
  total.fp += score.fp;
  total.fn += score.fn;
  total.rolesExact += score.rolesExact;
  total.addressForms += score.addressForms.length;
  for (const n of score.falsePositives) errors.push(`FP ${n}  (${article.file})`);
  for (const n of score.falseNegatives) errors.push(`FN ${n}  (${article.file})`);
  for (const r of score.roleMisses) errors.push(`role ${r}  (${article.file})`);
}
const { p, r, f1 } = prf(total);
console.log(`people extraction, rmrb-web (2019–2020), ${gold.length} hand-annotated articles: ${goldPath}`);
console.log(`extraction ${(gold.length / (ms / 1000)).toFixed(0)} articles/s`);
console.log(
  `names: P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f1.toFixed(4)}  (TP ${total.tp}, FP ${total.fp}, FN ${total.fn})`,
);
console.log(
  `surname + form of address (老吴, 李某) found and not in the gold, counted neither way: ${total.addressForms}`,
);
console.log(
  `roles exact (people found by name): ${total.rolesExact}/${total.tp} = ${(total.rolesExact / Math.max(1, total.tp)).toFixed(4)}`,
);
console.log(`\nerrors (first ${values.errors}):`);
for (const e of errors.slice(0, Number(values.errors))) console.log(`  ${e}`);

/**
 * Benchmark of people extraction on the PFR corpus (printed, not asserted):
 *   npm run eval:people [-- <articles.jsonl>] [--days 21-31 | 1-5,11-15] [--model <file>] [--tagger-only] [--contexts]
 * Scores article-level person sets against the `persons` of pfr-199801.articles.jsonl on days
 * 21–31 (never used for training or development) — overall, page 1 and by page — lists the most
 * frequent errors, and checks the seed page. The scoring convention is in scripts/people/score.ts.
 * The articles file may also come from FOLIO_PFR_ARTICLES. `--contexts` prints every error with the
 * text around it, for development; it refuses report days (past day 20), whose errors stay unseen.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractPeople, extractPeopleAndAliases, type PeopleSource } from "../src/ingest/people/extract-people";
import { DEFAULT_MODEL_PATH, loadModel } from "../src/ingest/people/tagger/load-model";
import { tagText } from "../src/ingest/people/mentions";
import { articlesOfDays, lastDay, parseDays, pfrSource } from "./people/corpus-examples";
import { pfrArticlesPath, requireCorpusFile } from "./pfr/corpus-path";
import { add, prf, scoreArticle, type Counts } from "./people/score";
import { seedResult } from "./people/seed-result";
import { readArticlesJsonl, type GoldArticle } from "./pfr/read-articles-jsonl";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    days: { type: "string", default: "21-31" },
    model: { type: "string", default: DEFAULT_MODEL_PATH },
    "tagger-only": { type: "boolean", default: false },
    errors: { type: "string", default: "20" },
    contexts: { type: "boolean", default: false },
  },
});
/** The last day of the development days: errors of later days are never printed with their text. */
const LAST_DEVELOPMENT_DAY = 20;
if (values.contexts && lastDay(parseDays(values.days)) > LAST_DEVELOPMENT_DAY) {
  console.error(
    `--contexts prints the text of errors: only for days up to ${LAST_DEVELOPMENT_DAY}, not ${values.days}`,
  );
  process.exit(2);
}
/** Characters of text printed on each side of an error with --contexts. */
const CONTEXT_CHARS = 25;
const articlesPath = requireCorpusFile(pfrArticlesPath(positionals[0]), "the PFR gold articles");

let started = performance.now();
const model = loadModel(values.model);
const loadMs = performance.now() - started;
const articles = articlesOfDays(readArticlesJsonl(readFileSync(articlesPath, "utf8")), parseDays(values.days));

const extract = values["tagger-only"]
  ? (a: PeopleSource) => [a.title, ...a.paragraphs].flatMap((t, i) => tagText(model, t, i).mentions.map((m) => m.name))
  : (a: PeopleSource) => {
      // a given name used alone (晓光 after 吕晓光) is one person with the full name, and a name the gold lists too
      const { people, aliases } = extractPeopleAndAliases(a, model);
      return [...people.map((p) => p.name), ...aliases.keys()];
    };

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
let all = zero();
let allNames = zero();
const byPage = new Map<number, Counts>();
const errors = new Map<string, number>();
const contexts: string[] = [];
/** Each place the name occurs in the article, with CONTEXT_CHARS around it (the first two). */
function inContext(kind: string, name: string, article: GoldArticle): string {
  const text = article.paragraphs.join("\n");
  const shown: string[] = [];
  for (let at = text.indexOf(name); at >= 0 && shown.length < 2; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - CONTEXT_CHARS), at).replaceAll("\n", "⏎");
    const after = text.slice(at + name.length, at + name.length + CONTEXT_CHARS).replaceAll("\n", "⏎");
    shown.push(`${before}【${name}】${after}`);
  }
  return `${kind} ${name}  (${article.date} p${article.page})\n    ${shown.join("\n    ")}`;
}
started = performance.now();
for (const article of articles) {
  const predicted = extract(pfrSource(article));
  const { persons, personsInCompound } = article;
  const score = scoreArticle(predicted, persons, personsInCompound);
  all = add(all, score);
  allNames = add(
    allNames,
    scoreArticle(predicted, persons, personsInCompound, () => true),
  );
  byPage.set(article.page, add(byPage.get(article.page) ?? zero(), score));
  for (const n of score.falsePositives) errors.set(`FP ${n}`, (errors.get(`FP ${n}`) ?? 0) + 1);
  for (const n of score.falseNegatives) errors.set(`FN ${n}`, (errors.get(`FN ${n}`) ?? 0) + 1);
  if (values.contexts) {
    for (const n of score.falsePositives) contexts.push(inContext("FP", n, article));
    for (const n of score.falseNegatives) contexts.push(inContext("FN", n, article));
  }
}
const extractMs = performance.now() - started;

const row = (label: string, c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `${label.padEnd(22)} ${p.toFixed(4)}  ${r.toFixed(4)}  ${f1.toFixed(4)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`;
};
console.log(
  `people extraction, PFR 199801 days ${values.days}: ${articles.length} articles${values["tagger-only"] ? " (tagger only)" : ""}`,
);
console.log(
  `model ${values.model}: loaded in ${loadMs.toFixed(0)} ms; extraction ${(articles.length / (extractMs / 1000)).toFixed(0)} articles/s`,
);
console.log(
  "convention: distinct names per article, exact strings; full names = 2+ characters; names in persons_in_compound are optional",
);
console.log(`${"".padEnd(22)} P       R       F1        TP    FP    FN`);
console.log(row("overall (full names)", all));
console.log(row("page 1", byPage.get(1) ?? zero()));
for (const [page, c] of [...byPage].sort((a, b) => a[0] - b[0])) console.log(row(`  page ${page}`, c));
console.log(row("all names (with 1-char)", allNames));
console.log(`\nmost frequent errors (article-level):`);
for (const [error, count] of [...errors]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .slice(0, Number(values.errors))) {
  console.log(`  ${String(count).padStart(3)}  ${error}`);
}
if (values.contexts) console.log(`\nevery error with its text:\n${contexts.join("\n")}`);
const seed = seedResult((a) => extractPeople(a, model));
console.log(
  `\nseed page: ${seed.exact}/${seed.expected} people exact (name and roles), ${seed.problems.length} problems`,
);
for (const p of seed.problems) console.log(`  ${p}`);

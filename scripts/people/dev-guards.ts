/**
 * The development measurements of people extraction in one table (printed, not asserted):
 *   npm run eval:people:dev [-- --only pfr|rmrb] [--retrain]
 * - PFR days 1–20 with the shipped model (the training days: a change must not lose names there)
 *   and the seed page (its people and their roles exact, as eval:people checks them);
 * - the four folds of days 1–20: a model trained on 15 days, evaluated on the other 5 (the dev
 *   measure of the PFR month since session 32, scripts/people/README.md);
 * - every sealed modern-text dev set, `gold/rmrb-dev*` (already fitted: not the reported figure).
 * Never the report data: not PFR days 21–31, not the sealed set `gold/rmrb-3`.
 * The fold models are trained once per shipped model and corpus (about 30 s each; see foldKey) and
 * kept in node_modules/.cache/folio-people-folds/<key>/; `--retrain` trains them again anyway
 * (after a change to the training code or to a cue list the tagger reads as a feature).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_PATH } from "../../src/ingest/people/tagger/load-model";
import { pfrArticlesPath, pfrCorpusPath, requireCorpusFile } from "../pfr/corpus-path";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The four folds: the days each model is trained on, and the five days it is evaluated on. */
export const FOLDS = [
  { train: "6-20", evaluate: "1-5" },
  { train: "1-5,11-20", evaluate: "6-10" },
  { train: "1-10,16-20", evaluate: "11-15" },
  { train: "1-15", evaluate: "16-20" },
] as const;

/**
 * The key of the fold models: the shipped model's bytes and the corpus (by size and time). The
 * fold models stand in for the shipped model, so they are trained again when it is (`npm run
 * train:people`), not when a cue list the tagger also reads as a feature grows: the shipped model
 * is not retrained then either, and a fold figure must measure the rules, not a retraining.
 */
export function foldKey(shippedModel: string, corpus: string): string {
  const { size, mtimeMs } = statSync(corpus);
  return createHash("sha256")
    .update(readFileSync(shippedModel))
    .update(`\0${corpus}\0${size}\0${mtimeMs}`)
    .digest("hex")
    .slice(0, 16);
}

/** Names counted as eval:people counts them. */
export interface NameCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** The TP FP FN of the line `overall (full names)  P R F1  TP FP FN` of eval:people. */
export function pfrCounts(output: string): NameCounts {
  const line = output.split("\n").find((l) => l.startsWith("overall (full names)"));
  const m = line?.match(/\s(\d+)\s+(\d+)\s+(\d+)\s*$/);
  if (!m) throw new Error(`eval:people printed no overall line:\n${output.slice(-2000)}`);
  return { tp: Number(m[1]), fp: Number(m[2]), fn: Number(m[3]) };
}

/** `F1 0.9534  (849 26 57)`: F1 as eval:people computes it, then TP FP FN. */
export function formatCounts({ tp, fp, fn }: NameCounts): string {
  return `F1 ${((2 * tp) / Math.max(1, 2 * tp + fp + fn)).toFixed(4)}  (${tp} ${fp} ${fn})`;
}

/** The seed page's line of eval:people: `seed page 43/43 exact`, with its problems if any. */
export function seedLine(output: string): string {
  const m = output.match(/seed page: (\d+)\/(\d+) people exact \(name and roles\), (\d+) problems/);
  if (!m) throw new Error(`eval:people printed no seed page line:\n${output.slice(-2000)}`);
  return `seed page ${m[1]}/${m[2]} exact${m[3] === "0" ? "" : `, ${m[3]} problems`}`;
}

/** F1, TP FP FN and roles exact from eval:people:rmrb's output. */
export function rmrbCounts(output: string): string {
  const names = output.match(/F1 ([\d.]+)\s+\(TP (\d+), FP (\d+), FN (\d+)\)/);
  const roles = output.match(/roles exact \(people found by name\): (\d+\/\d+)/);
  if (!names || !roles) throw new Error(`eval:people:rmrb printed no figures:\n${output.slice(-2000)}`);
  return `F1 ${names[1]}  (${names[2]} ${names[3]} ${names[4]})  roles ${roles[1]}`;
}

function run(script: string, args: readonly string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

function main(): void {
  const { values } = parseArgs({
    options: { only: { type: "string" }, retrain: { type: "boolean", default: false } },
  });
  if (values.only !== undefined && values.only !== "pfr" && values.only !== "rmrb") {
    console.error(`folio: --only takes pfr or rmrb, not ${values.only}`);
    process.exit(2);
  }
  if (values.only !== "rmrb") {
    const corpus = requireCorpusFile(pfrCorpusPath(undefined), "the PFR corpus");
    const articles = requireCorpusFile(pfrArticlesPath(undefined), "the PFR gold articles");
    const days = run("scripts/eval-people.ts", [articles, "--days", "1-20", "--errors", "0"]);
    console.log(`${"PFR days 1-20, shipped model".padEnd(30)} ${formatCounts(pfrCounts(days))}  ${seedLine(days)}`);
    const dir = join(ROOT, "node_modules/.cache/folio-people-folds", foldKey(DEFAULT_MODEL_PATH, corpus));
    mkdirSync(dir, { recursive: true });
    const sum: NameCounts = { tp: 0, fp: 0, fn: 0 };
    FOLDS.forEach(({ train, evaluate }, i) => {
      const model = join(dir, `fold${i + 1}.bin.gz`);
      if (values.retrain || !existsSync(model))
        run("scripts/train-people.ts", [corpus, "--days", train, "--out", model]);
      const counts = pfrCounts(run("scripts/eval-people.ts", [articles, "--days", evaluate, "--model", model]));
      sum.tp += counts.tp;
      sum.fp += counts.fp;
      sum.fn += counts.fn;
      console.log(`${`PFR fold ${i + 1} (days ${evaluate})`.padEnd(30)} ${formatCounts(counts)}`);
    });
    console.log(`${"PFR four folds, sum".padEnd(30)} ${formatCounts(sum)}`);
  }
  if (values.only !== "pfr") {
    const sets = readdirSync(join(ROOT, "gold"))
      .filter((d) => /^rmrb-dev\d+$/.test(d))
      .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
    for (const set of sets)
      console.log(
        `${set.padEnd(30)} ${rmrbCounts(run("scripts/eval-people-rmrb.ts", [`gold/${set}/gold.sealed.jsonl`, "--errors", "0"]))}`,
      );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

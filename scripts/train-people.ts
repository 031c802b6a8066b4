/**
 * Trains the people tagger on the PFR corpus and writes the model file the product ships:
 *   npm run train:people [-- <corpus.txt>] [--days 1-20 | 1-5,11-20] [--epochs 10] [--average-from N] [--seed 19980101] [--clusters <file>] [--snapshots 10,15] [--out <file>]
 * The corpus path may also come from FOLIO_PFR. Deterministic: same corpus and options, same bytes.
 * Days 1–20 are for training and development; days 21–31 are kept for `npm run eval:people`.
 * `--clusters`: character clusters (`scripts/people/build-char-clusters.ts`) to store in the model
 * and read as features (`CLUSTER_FEATURES` more per character); without it the model has none.
 * `--snapshots`: also write the model a training of that many epochs would give (fewer than
 * `--epochs`), as `<out>` with `-e<N>` before `.bin.gz`: one long run for several recipes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { featuresPerChar } from "../src/ingest/people/tagger/char-features";
import { DEFAULT_MODEL_PATH } from "../src/ingest/people/tagger/load-model";
import type { Lexicons } from "../src/ingest/people/tagger/lexicons";
import { encodeModel } from "../src/ingest/people/tagger/model-codec";
import { trainCrf } from "../src/ingest/people/tagger/train-crf";
import type { TrainedWeights } from "../src/ingest/people/tagger/training-data";
import { buildLexicons } from "./people/build-lexicons";
import { readCharClusters } from "./people/char-clusters";
import { articlesOfDays, LEXICON_FOLDS, parseDays, trainingExamples } from "./people/corpus-examples";
import { pfrCorpusPath, requireCorpusFile } from "./pfr/corpus-path";
import { readPfr } from "./pfr/read-pfr";

/**
 * Settings chosen on days 16–20 with models trained on days 1–15 (article-level F1, full names):
 * L2 1 → 0.920, 2 → 0.926, 3 → 0.930, 5 → 0.927, 20 → 0.911; 8 epochs → 0.926, 10–12 → 0.927–0.930.
 */
export const EPOCHS = 10;
export const L2 = 3;
export const LEARNING_RATE = 0.1;
/** Averaged SGD from this epoch on (0: the last step's weights). */
export const AVERAGE_FROM = 0;
/** Features seen once are mostly noise and double the model. */
export const MIN_FEATURE_COUNT = 2;
/** Drop feature rows whose largest weight is under this share of the largest weight of all. */
export const PRUNE_SHARE = 0.004;
/**
 * The seed of the sentence order. It is not a free setting: on days 16–20 (model of days 1–15) the
 * seeds 19980101, 2 and 3 gave F1 0.9503, 0.9473 and 0.9454, so a change to the tagger that moves
 * dev F1 by less than about 0.005 in one run has not been shown to do anything (`--seed` to check).
 */
export const SEED = 19980101;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    days: { type: "string", default: "1-20" },
    epochs: { type: "string", default: String(EPOCHS) },
    "average-from": { type: "string", default: String(AVERAGE_FROM) },
    out: { type: "string", default: DEFAULT_MODEL_PATH },
    seed: { type: "string", default: String(SEED) },
    clusters: { type: "string" },
    snapshots: { type: "string", default: "" },
  },
});
const corpusPath = requireCorpusFile(pfrCorpusPath(positionals[0]), "the PFR corpus");
const epochs = Number(values.epochs);
const averageFrom = Number(values["average-from"]);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}"`);
const snapshotAt = values.snapshots === "" ? [] : values.snapshots.split(",").map(Number);
if (snapshotAt.some((e) => !Number.isInteger(e) || e < 1 || e >= epochs)) {
  throw new Error(`--snapshots must be epochs from 1 to ${epochs - 1}, not "${values.snapshots}"`);
}

const started = performance.now();
const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const articles = articlesOfDays(readPfr(readFileSync(corpusPath, "utf8")), parseDays(values.days));
const charClusters =
  values.clusters === undefined
    ? undefined
    : readCharClusters(requireCorpusFile(values.clusters, "the character clusters"));
const withClusters = (l: Lexicons): Lexicons => (charClusters === undefined ? l : { ...l, charClusters });
const foldLexicons = Array.from({ length: LEXICON_FOLDS }, (_, k) =>
  withClusters(buildLexicons(articles.filter((_, i) => i % LEXICON_FOLDS !== k))),
);
const lexicons = withClusters(buildLexicons(articles));
const examples = trainingExamples(articles, foldLexicons);
const chars = examples.reduce((n, e) => n + e.tags.length, 0);
console.log(
  `${articles.length} articles, ${examples.length} paragraphs, ${chars} characters (days ${values.days}) — ${since()}`,
);
console.log(
  `lexicons: ${lexicons.names.size} names, ${lexicons.places.size} places, ${lexicons.words.size} words, ${lexicons.charBins.size} characters, ${charClusters?.size ?? 0} clustered`,
);

const weights = trainCrf(examples, {
  featuresPerChar: featuresPerChar(lexicons),
  epochs,
  minCount: MIN_FEATURE_COUNT,
  seed,
  l2: L2,
  learningRate: LEARNING_RATE,
  ...(averageFrom > 0 ? { averageFrom } : {}),
  onEpoch: (epoch, loss) => console.log(`  epoch ${epoch}: log loss ${loss.toFixed(0)} — ${since()}`),
  snapshotAt,
  onSnapshot: (epoch, w) => write(w, epoch, values.out.replace(/(\.bin\.gz)?$/, `-e${epoch}$1`)),
});
write(weights, epochs, values.out);

function write(w: TrainedWeights, epochsRun: number, out: string): void {
  const encoded = encodeModel({
    ...w,
    lexicons,
    featuresPerChar: featuresPerChar(lexicons),
    pruneShare: PRUNE_SHARE,
    trainedOn: `PFR 199801 days ${values.days}; CRF, ${epochsRun} epochs${averageFrom > 0 && averageFrom <= epochsRun ? ` averaged from ${averageFrom}` : ""}, L2 ${L2}, min count ${MIN_FEATURE_COUNT}, seed ${seed}${charClusters === undefined ? "" : `, ${charClusters.size} clustered characters`}`,
  });
  const gz = gzipSync(encoded, { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gz);
  console.log(`${w.keys.length} features trained; wrote ${out}: ${(gz.length / 1024).toFixed(0)} kB — ${since()}`);
}

/**
 * `npx tsx scripts/people/near-misses-report.ts [--folds 1,2,3,4] [--list <file>]`: how near the
 * tagger came to the names the extractor misses on the four folds of dev (fold k: the model of
 * `/tmp/pfr16-base-fk-s19980101.bin.gz`, or `--model-pattern` with `{k}`, on days 1–5, 6–10, 11–15,
 * 16–20). For every missed name and every false name the decoding path holds: the tagger's
 * probability (first reading, before the article's own names are known) for exactly that span, at
 * its best place in the article, and its rank among the overlapping spans there (near-misses.ts);
 * a histogram by band; and, for the misses, whether the article's sure names (first reading ≥
 * DOCUMENT_NAME_MIN_PROBABILITY) share the string, the surname or the given name. `--list` writes
 * every miss and false name of the middle bands with its text around it, for reading (dev days only).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DOCUMENT_NAME_MIN_PROBABILITY, extractPeopleAndAliases } from "../../src/ingest/people/extract-people";
import { firstReading, readAgain, type Reading, type TaggedText } from "../../src/ingest/people/mentions";
import { loadModel } from "../../src/ingest/people/tagger/load-model";
import { surnameOf } from "../../src/text/surnames";
import { isHan } from "../../src/text/char-class";
import { articlesOfDays, parseDays, pfrSource } from "./corpus-examples";
import { scoreArticle } from "./score";
import { pfrArticlesPath, requireCorpusFile } from "../pfr/corpus-path";
import { readArticlesJsonl } from "../pfr/read-articles-jsonl";
import { BAND_LABELS, occurrencesOf, probabilityBand, spanRank } from "./near-misses";

const { values } = parseArgs({
  options: {
    folds: { type: "string", default: "1,2,3,4" },
    "model-pattern": { type: "string", default: "/tmp/pfr16-base-f{k}-s19980101.bin.gz" },
    list: { type: "string" },
  },
});
const FOLD_DAYS = ["1-5", "6-10", "11-15", "16-20"];
/** Characters of text around a listed name. */
const CONTEXT_CHARS = 15;
const all = readArticlesJsonl(
  readFileSync(requireCorpusFile(pfrArticlesPath(undefined), "the PFR gold articles"), "utf8"),
);

/** A name as PFR writes a Chinese full name: a surname, then one or two Han characters. */
function isChineseFullName(name: string): boolean {
  const chars = Array.from(name);
  const surname = surnameOf(name);
  return (
    surname !== null && chars.every(isHan) && chars.length - surname.length >= 1 && chars.length - surname.length <= 2
  );
}

interface Place {
  text: number;
  start: number;
  end: number;
  p1: number;
  p2: number;
  rank: number;
  onPath: boolean;
}

/** The name's likeliest place in the article (first reading), or null where it is not printed whole. */
function bestPlace(name: string, first: readonly TaggedText[], second: readonly TaggedText[]): Place | null {
  let best: Place | null = null;
  first.forEach((t, i) => {
    const n = Array.from(name).length;
    for (const start of occurrencesOf(t.chars, name)) {
      const end = start + n;
      const p1 = t.scorer.spanProbability(start, end);
      const onPath = second[i]!.mentions.some((m) => m.start === start && m.end === end);
      if (best !== null && ((best.onPath && !onPath) || p1 <= best.p1)) continue;
      const rank = spanRank(t.chars.length, start, end, (a, b) => t.scorer.spanProbability(a, b));
      best = { text: i, start, end, p1, p2: second[i]!.scorer.spanProbability(start, end), rank, onPath };
    }
  });
  return best;
}

const counts = () => new Array<number>(BAND_LABELS.length).fill(0);
const list: string[] = [];
const totals = { missHist: counts(), missHist2: counts(), fpHist: counts(), fpHist2: counts() };
for (const fold of values.folds.split(",").map(Number)) {
  const model = loadModel(values["model-pattern"].replace("{k}", String(fold)));
  const days = FOLD_DAYS[fold - 1]!;
  const missHist = counts();
  const missHist2 = counts();
  const fpHist = counts();
  const fpHist2 = counts();
  const ranks = new Map<string, number>();
  const tally = { misses: 0, chinese: 0, notPrinted: 0, onPath: 0, overlapped: 0, fps: 0, fpOnPath: 0 };
  const sureTally = { same: 0, surname: 0, given: 0, either: 0 };
  for (const article of articlesOfDays(all, parseDays(days))) {
    const { people, aliases } = extractPeopleAndAliases(pfrSource(article), model);
    const predicted = [...people.map((p) => p.name), ...aliases.keys()];
    const score = scoreArticle(predicted, article.persons, article.personsInCompound);
    const readings: Reading[] = article.paragraphs.map((text, i) => firstReading(model, text, i));
    const first = readings.map((r) => r.tagged);
    const sure = first.flatMap((t) =>
      t.mentions
        .filter((m) => t.scorer.spanProbability(m.start, m.end) >= DOCUMENT_NAME_MIN_PROBABILITY)
        .map((m) => m.name),
    );
    const second =
      sure.length === 0
        ? first
        : readings.map((r, i) => readAgain(model, r, i, { ...model.lexicons, documentNames: new Set(sure) }));
    const context = (p: Place) => {
      const chars = first[p.text]!.chars;
      return `${chars.slice(Math.max(0, p.start - CONTEXT_CHARS), p.start).join("")}【${chars.slice(p.start, p.end).join("")}】${chars.slice(p.end, p.end + CONTEXT_CHARS).join("")}`;
    };
    const overlapsPredicted = (p: Place) =>
      predicted.some(
        (n) =>
          n !== "" &&
          occurrencesOf(first[p.text]!.chars, n).some((s) => s < p.end && p.start < s + Array.from(n).length),
      );
    for (const name of score.falseNegatives) {
      tally.misses++;
      if (!isChineseFullName(name)) continue;
      const place = bestPlace(name, first, second);
      if (place === null) {
        tally.notPrinted++;
        continue;
      }
      if (place.onPath) {
        tally.onPath++;
        list.push(
          `DROP f${fold} p1=${place.p1.toFixed(3)} p2=${place.p2.toFixed(3)} occ=${first.reduce((n, t) => n + occurrencesOf(t.chars, name).length, 0)}\t${context(place)}`,
        );
        continue;
      }
      if (overlapsPredicted(place)) {
        tally.overlapped++;
        continue;
      }
      tally.chinese++;
      const band = probabilityBand(place.p1);
      missHist[band]!++;
      missHist2[probabilityBand(place.p2)]!++;
      const rank = place.rank >= 4 ? "4+" : String(place.rank);
      ranks.set(`${BAND_LABELS[band]} ${rank}`, (ranks.get(`${BAND_LABELS[band]} ${rank}`) ?? 0) + 1);
      const surname = surnameOf(name)!;
      const given = name.slice(surname.length);
      const others = sure.filter((s) => s !== name);
      const same = sure.includes(name);
      const bySurname = others.some((s) => surnameOf(s) === surname);
      const byGiven = others.some((s) => {
        const sn = surnameOf(s);
        return sn !== null && s.slice(sn.length) === given;
      });
      if (same) sureTally.same++;
      if (bySurname) sureTally.surname++;
      if (byGiven) sureTally.given++;
      if (same || bySurname || byGiven) sureTally.either++;
      if (place.p1 >= 0.01)
        list.push(
          `FN f${fold} p1=${place.p1.toFixed(3)} p2=${place.p2.toFixed(3)} r${place.rank} ${same ? "S" : ""}${bySurname ? "N" : ""}${byGiven ? "G" : ""}\t${context(place)}`,
        );
    }
    for (const name of score.falsePositives) {
      tally.fps++;
      const place = bestPlace(name, first, second);
      if (place === null || !place.onPath) continue;
      tally.fpOnPath++;
      fpHist[probabilityBand(place.p1)]!++;
      fpHist2[probabilityBand(place.p2)]!++;
      if (place.p1 >= 0.01 && place.p1 < 0.9)
        list.push(
          `FP f${fold} p1=${place.p1.toFixed(3)} p2=${place.p2.toFixed(3)} r${place.rank} ${isChineseFullName(name) ? "CN" : ""}\t${context(place)}`,
        );
    }
  }
  console.log(`fold ${fold} (days ${days}): ${JSON.stringify(tally)}`);
  console.log(`  sure names of the article (misses): ${JSON.stringify(sureTally)}`);
  console.log(`  band            ${BAND_LABELS.map((l) => l.padStart(10)).join("")}`);
  console.log(`  misses p1       ${missHist.map((c) => String(c).padStart(10)).join("")}`);
  console.log(`  misses p2       ${missHist2.map((c) => String(c).padStart(10)).join("")}`);
  console.log(`  false p1        ${fpHist.map((c) => String(c).padStart(10)).join("")}`);
  console.log(`  false p2        ${fpHist2.map((c) => String(c).padStart(10)).join("")}`);
  console.log(
    `  misses by band and rank: ${[...ranks]
      .sort()
      .map(([k, v]) => `${k}:${v}`)
      .join("  ")}`,
  );
  missHist.forEach((c, i) => (totals.missHist[i]! += c));
  missHist2.forEach((c, i) => (totals.missHist2[i]! += c));
  fpHist.forEach((c, i) => (totals.fpHist[i]! += c));
  fpHist2.forEach((c, i) => (totals.fpHist2[i]! += c));
}
console.log(
  `sum misses p1 ${totals.missHist.join(" ")}; p2 ${totals.missHist2.join(" ")}; false p1 ${totals.fpHist.join(" ")}; p2 ${totals.fpHist2.join(" ")}`,
);
if (values.list !== undefined) writeFileSync(values.list, list.join("\n") + "\n");

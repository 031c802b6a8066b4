/**
 * The articles of a hand-annotated rmrb-web set (People's Daily 2019–2020), chosen
 * deterministically: the same corpus and seed give the same list, so the list can be made again
 * and a set's selection is only its paths (no text of the corpus).
 *   npx tsx scripts/people/rmrb-sample.ts [--corpus <rmrb-web dir>] [--seed N] [--per-month 30]
 * For each month, `perMonth` slots; slot i is page (i + PAGE_STEP·month) mod 20 + 1, so every page
 * 1–20 is drawn about equally over the set; every LONG_EVERY-th slot asks for a long body, the
 * others for a short one (the other band when the page has none in its band). The article is drawn
 * at random among the candidates, preferring a day not yet used that month.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { mulberry32 } from "../../src/ingest/seeded-random";

/** Body lengths (characters, after the three heading lines) of a short and of a long article. */
export const SHORT_BODY = [120, 600] as const;
export const LONG_BODY = [601, 1500] as const;
/** Every third slot asks for a long article: long features are read too, not only briefs. */
export const LONG_EVERY = 3;
/** Each month starts its walk over the pages at another page. */
export const PAGE_STEP = 7;
export const PAGES = 20;

export interface Candidate {
  /** Relative to the corpus folder: `2019-10/20191023/20191023-03-04.txt`. */
  file: string;
  month: string;
  day: string;
  page: number;
  bodyChars: number;
}

/** The body's length in characters: the lines after kicker, headline and subheadline, without spaces. */
export function bodyChars(text: string): number {
  return text
    .replace(/\r/gu, "")
    .split("\n")
    .slice(3)
    .join("")
    .replace(/[\s\u3000]/gu, "").length;
}

const FILE = /^(\d{8})-(\d{2})-\d{2}\.txt$/u;

export function candidates(corpus: string): Candidate[] {
  const out: Candidate[] = [];
  for (const month of readdirSync(corpus)
    .filter((m) => /^\d{4}-\d{2}$/u.test(m))
    .sort())
    for (const day of readdirSync(join(corpus, month)).sort())
      for (const name of readdirSync(join(corpus, month, day)).sort()) {
        const m = FILE.exec(name);
        if (m === null) continue;
        const file = `${month}/${day}/${name}`;
        out.push({
          file,
          month,
          day,
          page: Number(m[2]),
          bodyChars: bodyChars(readFileSync(join(corpus, file), "utf8")),
        });
      }
  return out;
}

const inBand = (c: Candidate, [lo, hi]: readonly [number, number]) => c.bodyChars >= lo && c.bodyChars <= hi;

export function sample(all: readonly Candidate[], seed: number, perMonth: number): string[] {
  const next = mulberry32(seed);
  const months = [...new Set(all.map((c) => c.month))].sort();
  const chosen: string[] = [];
  months.forEach((month, mi) => {
    const usedDays = new Set<string>();
    const taken = new Set<string>();
    for (let i = 0; i < perMonth; i++) {
      const page = ((i + PAGE_STEP * mi) % PAGES) + 1;
      const onPage = all.filter((c) => c.month === month && c.page === page && !taken.has(c.file));
      const [band, other] = i % LONG_EVERY === LONG_EVERY - 1 ? [LONG_BODY, SHORT_BODY] : [SHORT_BODY, LONG_BODY];
      let pool = onPage.filter((c) => inBand(c, band));
      if (pool.length === 0) pool = onPage.filter((c) => inBand(c, other));
      if (pool.length === 0) continue;
      const fresh = pool.filter((c) => !usedDays.has(c.day));
      const from = fresh.length > 0 ? fresh : pool;
      const pick = from[Math.floor(next() * from.length)];
      if (pick === undefined) continue;
      taken.add(pick.file);
      usedDays.add(pick.day);
      chosen.push(pick.file);
    }
  });
  return chosen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: process.env.FOLIO_RMRB ?? "../shared/corpus/rmrb-web" },
      seed: { type: "string", default: "20261201" },
      "per-month": { type: "string", default: "30" },
    },
  });
  for (const file of sample(candidates(values.corpus), Number(values.seed), Number(values["per-month"])))
    console.log(file);
}

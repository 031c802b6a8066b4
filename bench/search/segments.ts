import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SEARCH_ENTRY_FILE, type SearchDoc } from "@/bundle/search-schema";
import { ChangedWriter } from "@/ingest/cache/write-changed";
import { MIN_BLOCK_DAYS, SINGLE_SEGMENT } from "@/ingest/search-index/segment-policy";
import { writeSearchIndex } from "@/ingest/search-index/write-search-index";
import { openSearchIndex } from "@/search/open-index";
import { pfrCorpus, PFR_PATH } from "./pfr-corpus";
import { gzipSize, kB, MB, ms, percentile, table } from "./stats";

/**
 * `npm run bench:segments [-- --months 1,12] [--days 14] [--policies before,after]`: what adding one day costs the search
 * index, and what a query fetches, before (one index folder: `SINGLE_SEGMENT`) and after (segments,
 * `MIN_BLOCK_DAYS`). The archive is the PFR month re-dated over N months (days a month lacks are
 * dropped); a day is then added `--days` times in a row (each the PFR day of the same day of month,
 * re-dated), each through the same writer `folio build` uses, into a folder on disk. Prints, never asserts.
 */
const { values } = parseArgs({
  options: {
    months: { type: "string", default: "1,12" },
    days: { type: "string", default: "14" },
    /** `before` (one folder), `after` (segments) or both: one folder at a year is a long run. */
    policies: { type: "string", default: "before,after" },
  },
});

const QUERIES = ["中国", "江泽民", "经济 发展", "香港", "足球比赛", "lipeng"];

function redate(month: readonly SearchDoc[], months: number): SearchDoc[] {
  const out: SearchDoc[] = [];
  for (let m = 0; m < months; m++) out.push(...month.flatMap((d) => shifted(d, m)));
  return out;
}

/** `doc` moved `m` months later (same day of month), or nothing when that month lacks the day. */
function shifted(doc: SearchDoc, m: number): SearchDoc[] {
  const [y, mo, day] = doc.date.split("-").map(Number) as [number, number, number];
  const when = new Date(Date.UTC(y, mo - 1 + m, day));
  if (when.getUTCDate() !== day) return [];
  const date = when.toISOString().slice(0, 10);
  return [{ ...doc, date, key: doc.key.replace(doc.date, date) }];
}

class CountingWriter extends ChangedWriter {
  writtenBytes = 0;
  override async write(path: string, data: string | Uint8Array): Promise<boolean> {
    const done = await super.write(path, data);
    if (done) this.writtenBytes += typeof data === "string" ? Buffer.byteLength(data) : data.length;
    return done;
  }
}

async function build(dir: string, docs: readonly SearchDoc[], minBlockDays: number) {
  const out = new CountingWriter(dir);
  const started = performance.now();
  const { entry, stats } = await writeSearchIndex(out, "search", docs, { minBlockDays });
  await out.write(`search/${SEARCH_ENTRY_FILE}`, entry);
  const removed = (await out.removeStale()).length;
  return { ms: performance.now() - started, files: out.written, bytes: out.writtenBytes, removed, stats };
}

async function queries(dir: string) {
  const rows: string[][] = [];
  for (const q of QUERIES) {
    const fetched: number[] = [];
    const wire: number[] = [];
    const started = performance.now();
    const engine = await openSearchIndex(async (path) => {
      const bytes = await readFile(join(dir, "search", path));
      fetched.push(bytes.length);
      wire.push(path.endsWith(".json") ? gzipSize(bytes) : bytes.length);
      return bytes;
    });
    const result = await engine.search(q, { limit: 20 });
    const took = performance.now() - started;
    const sum = (list: number[]): number => list.reduce((n, b) => n + b, 0);
    rows.push([
      q,
      String(result.total),
      String(fetched.length),
      kB(sum(fetched)),
      kB(sum(wire)),
      kB(Math.max(...fetched)),
      ms(took),
    ]);
  }
  return rows;
}

const month = pfrCorpus();
if (month === null) {
  console.log(`skipped: the PFR month (${PFR_PATH}) was not found`);
  process.exit(0);
}
console.log(
  `# Search index segments (load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")})\n`,
);
const root = await mkdtemp(join(tmpdir(), "folio-bench-segments-"));
try {
  for (const months of values.months.split(",").map(Number)) {
    const archive = redate(month, months);
    const addDays = Number(values.days);
    const policies = [
      ["before", "before: one folder", SINGLE_SEGMENT],
      ["after", `after: segments, ${MIN_BLOCK_DAYS}-day window`, MIN_BLOCK_DAYS],
    ] as const;
    for (const [, label, window] of policies.filter(([name]) => values.policies.split(",").includes(name))) {
      const dir = join(root, `${months}-${window}`);
      const full = await build(dir, archive, window);
      // Queries on the archive as built in full, so that both policies answer over the same articles.
      const queried = await queries(dir);
      const rows: string[][] = [];
      let docs = archive;
      const days = window === SINGLE_SEGMENT ? 1 : addDays;
      const files: number[] = [];
      const bytes: number[] = [];
      for (let d = 0; d < days; d++) {
        const next = month.filter((x) => x.date.endsWith(`-${String(d + 1).padStart(2, "0")}`));
        const added = next.flatMap((x) => shifted(x, months));
        docs = [...docs, ...added];
        const step = await build(dir, docs, window);
        files.push(step.files);
        bytes.push(step.bytes);
        rows.push([
          added[0]?.date ?? "–",
          String(added.length),
          String(step.files),
          MB(step.bytes),
          String(step.removed),
          String(step.stats.segments.length),
          String(step.stats.segments.filter((s) => s.written).length),
          ms(step.ms),
        ]);
      }
      console.log(
        `## ${months} month(s), ${archive.length.toLocaleString("en")} articles: ${label}\n\n` +
          `Full build: ${full.files.toLocaleString("en")} files, ${MB(full.bytes)} MB, ` +
          `${full.stats.segments.length} segment(s), ${ms(full.ms)} ms.\n`,
      );
      console.log(
        table(
          [
            "day added",
            "articles",
            "files written",
            "MB written",
            "files removed",
            "segments",
            "segments written",
            "ms",
          ],
          rows,
        ),
      );
      const mean = (list: number[]): number => list.reduce((n, x) => n + x, 0) / list.length;
      console.log(
        `\nPer day added: files written mean ${mean(files).toFixed(0)}, max ${Math.max(...files)}; ` +
          `MB written mean ${MB(mean(bytes))}, max ${MB(Math.max(...bytes))}; p50 files ${percentile(files, 50)}.\n`,
      );
      console.log(
        "Cold queries on the full build (a fresh engine each: entry + what the query fetches; first page of 20):\n",
      );
      console.log(
        table(
          ["query", "total", "files", "kB raw", "kB wire (JSON gzip)", "largest kB", "ms (open + search)"],
          queried,
        ),
      );
      console.log("");
    }
  }
} finally {
  await rm(root, { recursive: true, force: true });
}

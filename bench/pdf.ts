/**
 * `npm run bench:pdf [-- --pages N --jobs N --compare]`: what a newsroom's PDF pages cost, on real
 * pages (`FOLIO_PDFS`, default `../shared/pdfs/`, never committed). Prints, never asserts:
 * 1. the whole path, cold (a fresh cache and output): `folio import pdf <folder>` then `folio build`
 *    with `--jobs` (default: the cores), image ladder included: pages per second, each command's
 *    seconds, the thread time of each stage of a page (open, text, parse, draw, encode: the import
 *    reads, parses and draws every page in one pass), CPU-seconds per page (all threads: the
 *    workers', libvips' and the main one's; less sensitive to a shared machine's load than the wall
 *    clock), and the load average before and after; then a second build (all from the cache);
 * 2. bytes of each rendition of the page image (median and max per width; the goal: 960 px ≤ 250 kB);
 * 3. with `--compare`: one page drawn, each rendition encoded as WebP (effort
 *    `WEBP_EFFORT`), at libwebp's default effort 4, as AVIF and as JPEG, timed and weighed.
 * The load average is printed with the times: on a shared machine they mean nothing without it.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { issueSchema } from "../src/bundle/schema";
import { main as folio } from "../src/ingest/cli";

const { values } = parseArgs({
  options: {
    pages: { type: "string" },
    jobs: { type: "string" },
    compare: { type: "boolean", default: false },
  },
});
const PDFS = resolve(process.env.FOLIO_PDFS ?? "../shared/pdfs/");
const jobs = values.jobs ?? String(availableParallelism());
/** AVIF at a quality that looks like WebP 75 on newsprint, at sharp's default effort. */
const AVIF = { quality: 50, effort: 4 };
/** The page image's goal at 960 px (issue 11). */
const GOAL_960_BYTES = 250 * 1024;

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
/** CPU time of the whole process (every thread: main, workers, libvips), in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function findPdfs(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith(".pdf")) found.push(join(entry.parentPath, entry.name));
  return found.sort();
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

/** Runs the CLI as a user would, keeping what it printed (its summary line carries the stage times). */
async function cli(args: string[]): Promise<{ ms: number; cpu: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = "";
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  const cpu = cpuMs();
  try {
    const [code, ms] = await timed(() => folio(args));
    if (code !== 0) throw new Error(`folio ${args.join(" ")} failed (exit ${code})`);
    return { ms, cpu: cpuMs() - cpu, out };
  } finally {
    process.stdout.write = write;
  }
}

const all = await findPdfs(PDFS);
const pdfs = values.pages === undefined ? all : all.slice(0, Number(values.pages));
if (pdfs.length === 0) {
  console.error(`bench:pdf: no PDFs under ${PDFS} (set FOLIO_PDFS)`);
  process.exit(2);
}
const tmp = await mkdtemp(join(tmpdir(), "folio-bench-pdf-"));
try {
  const loadBefore = load();
  console.log(
    `bench:pdf: ${pdfs.length} pages from ${PDFS}, --jobs ${jobs}; load average ${loadBefore} on ${availableParallelism()} cores\n`,
  );

  // 1. import + build, end to end and cold, as a newsroom runs them.
  const input = join(tmp, "in");
  await mkdir(input);
  for (const [i, pdf] of pdfs.entries()) await cp(pdf, join(input, `page-p${i + 1}.pdf`));
  const content = join(tmp, "content");
  const out = join(tmp, "data");
  const cache = join(tmp, "cache");
  const work = ["--cache", cache, "--jobs", jobs];
  const imported = await cli([
    "import",
    "pdf",
    input,
    "--paper",
    "bench",
    "--date",
    "2018-01-02",
    "--out",
    content,
    ...work,
  ]);
  const build = ["build", "--content", content, "--out", out, ...work];
  const built = await cli(build);
  const loadAfter = load();
  const rebuilt = await cli(build);
  const n = pdfs.length;
  const wall = imported.ms + built.ms;
  const stages = /thread time: ([^)]*)\)/u.exec(imported.out)?.[1] ?? "(not printed)";
  console.log(
    `\ncold import pdf + build of ${n} pages: ${(n / (wall / 1000)).toFixed(2)} pages/s (${seconds(wall / n)} per page); goal ≥ 1 page/s\n` +
      `  import pdf ${seconds(imported.ms)} (read, parsed, drawn, encoded), build ${seconds(built.ms)}\n` +
      `  stages of the import, thread time summed over its ${jobs} threads: ${stages}\n` +
      `  CPU: ${((imported.cpu + built.cpu) / 1000 / n).toFixed(2)} CPU-seconds per page (import ${seconds(imported.cpu)}, build ${seconds(built.cpu)}, all threads)\n` +
      `  load average before ${loadBefore}, after ${loadAfter} (1, 5, 15 min) on ${availableParallelism()} cores\n` +
      `  a second build (all from the cache): ${seconds(rebuilt.ms)}; load ${load()}`,
  );

  // 2. bytes per rendition, from the bundle.
  const issueDir = join(out, "issues", "bench");
  // The issue file (beside it, a folder of its pages' text files).
  const [issueFile] = (await readdir(issueDir)).filter((name) => name.endsWith(".json"));
  const issue = issueSchema.parse(JSON.parse(await readFile(join(issueDir, issueFile!), "utf8")));
  const { JPEG_QUALITY, WEBP_EFFORT, WEBP_QUALITY } = await import("../src/ingest/page-images/encode");
  const byWidth = new Map<number, number[]>();
  const types = new Map<number, string>();
  for (const page of issue.pages)
    for (const source of page.pdf?.image?.sources ?? []) {
      const size = (await stat(join(out, source.file))).size;
      byWidth.set(source.width, [...(byWidth.get(source.width) ?? []), size]);
      types.set(source.width, source.type === "image/jpeg" ? `JPEG q${JPEG_QUALITY}` : "WebP");
    }
  console.log(`\npage image renditions (WebP q${WEBP_QUALITY}, effort ${WEBP_EFFORT}; the zoom rung JPEG):`);
  for (const [width, sizes] of [...byWidth].sort((a, b) => a[0] - b[0]))
    console.log(
      `  ${String(width).padStart(4)} px ${types.get(width)}: median ${kB(median(sizes))}, max ${kB(Math.max(...sizes))} (${sizes.length} pages)` +
        (width === 960 ? `; ${sizes.filter((s) => s > GOAL_960_BYTES).length} over the 250 kB goal` : ""),
    );
  const thumbs = issue.pages.map((p) => p.pdf?.thumb).filter((t) => t !== undefined);
  const placeholders = issue.pages.map((p) => p.pdf?.image?.placeholder.length ?? 0);
  console.log(
    `  thumbnails: median ${kB(median(await Promise.all(thumbs.map(async (t) => (await stat(join(out, t.file))).size))))}; ` +
      `placeholders: max ${Math.max(...placeholders)} characters`,
  );

  // 3. one page drawn, each rendition encoded three ways.
  if (values.compare) {
    const { default: sharp } = await import("sharp");
    const { openPdf } = await import("../src/ingest/pdf/read-pdf");
    const { pdfjsCanvas } = await import("../src/ingest/page-images/pdfjs-canvas");
    const { PAGE_WIDTHS } = await import("../src/ingest/page-images/ladder");
    const doc = await openPdf(new Uint8Array(await readFile(pdfs[0]!)));
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const top = PAGE_WIDTHS.at(-1)!;
    const viewport = page.getViewport({ scale: top / base.width });
    const canvas = pdfjsCanvas.createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext("2d");
    const [, renderMs] = await timed(
      () =>
        page.render({
          canvasContext: context as unknown as CanvasRenderingContext2D,
          canvas: canvas as unknown as HTMLCanvasElement,
          viewport,
        }).promise,
    );
    const pixels = new Uint8Array(canvas.data());
    const raw = { width: canvas.width, height: canvas.height, channels: 4 as const };
    console.log(`\none page drawn by PDF.js at ${top} px: ${seconds(renderMs)}; load ${load()}`);
    for (const width of PAGE_WIDTHS) {
      const image = () => sharp(pixels, { raw }).removeAlpha().resize({ width });
      const [webp, webpMs] = await timed(() => image().webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT }).toBuffer());
      const [webp4, webp4Ms] = await timed(() => image().webp({ quality: WEBP_QUALITY, effort: 4 }).toBuffer());
      const [avif, avifMs] = await timed(() => image().avif(AVIF).toBuffer());
      const [jpeg, jpegMs] = await timed(() => image().jpeg({ quality: JPEG_QUALITY }).toBuffer());
      console.log(
        `  ${String(width).padStart(4)} px: WebP effort ${WEBP_EFFORT} ${kB(webp.length)} in ${seconds(webpMs)}; effort 4 ${kB(webp4.length)} in ${seconds(webp4Ms)}; ` +
          `AVIF q${AVIF.quality} ${kB(avif.length)} in ${seconds(avifMs)}; JPEG q${JPEG_QUALITY} ${kB(jpeg.length)} in ${seconds(jpegMs)}`,
      );
    }
    console.log(`  load ${load()}`);
    await doc.destroy();
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

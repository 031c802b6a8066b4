/**
 * `npm run bench:pdf [-- --pages N --jobs N]`: what a newsroom's PDF pages cost, on real pages
 * (`FOLIO_PDFS`, default `../shared/pdfs/`, never committed). Prints, never asserts:
 * 1. `folio import pdf` then `folio build` of N pages into a fresh cache: pages per second, image
 *    ladder included (and a second build: what the cache leaves to do);
 * 2. bytes of each rendition of the page image (median and max per width);
 * 3. time of one page's drawing and of each rendition's encoding, WebP against AVIF;
 * 4. what one PDF.js document serving both the parse and the drawing would save.
 * The load average is printed with the times: on a shared machine they mean nothing without it.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { issueSchema } from "../src/bundle/schema";
import { main as folio } from "../src/ingest/cli";
import { openPdf } from "../src/ingest/pdf/read-pdf";
import { pdfjsCanvas } from "../src/ingest/page-images/pdfjs-canvas";
import { WEBP_QUALITY } from "../src/ingest/page-images/encode";

const { values } = parseArgs({
  options: { pages: { type: "string", default: "4" }, jobs: { type: "string" } },
});
const PDFS = resolve(process.env.FOLIO_PDFS ?? "../shared/pdfs/");
const count = Number(values.pages);
const jobs = values.jobs ?? String(availableParallelism());
/** AVIF at a quality that looks like WebP 75 on newsprint, at sharp's default effort. */
const AVIF = { quality: 50, effort: 4 };

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

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

const pdfs = (await findPdfs(PDFS)).slice(0, count);
if (pdfs.length === 0) {
  console.error(`bench:pdf: no PDFs under ${PDFS} (set FOLIO_PDFS)`);
  process.exit(2);
}
const tmp = await mkdtemp(join(tmpdir(), "folio-bench-pdf-"));
try {
  console.log(
    `bench:pdf: ${pdfs.length} pages from ${PDFS}, --jobs ${jobs}; load average ${load()} on ${availableParallelism()} cores`,
  );

  // 1. import + build, end to end, as a newsroom runs them.
  const input = join(tmp, "in");
  await mkdir(input);
  for (const [i, pdf] of pdfs.entries()) await cp(pdf, join(input, `page-p${i + 1}.pdf`));
  const content = join(tmp, "content");
  const out = join(tmp, "data");
  const cache = join(tmp, "cache");
  const [importCode, importMs] = await timed(() =>
    folio(["import", "pdf", input, "--paper", "bench", "--date", "2018-01-02", "--out", content]),
  );
  if (importCode !== 0) throw new Error("folio import pdf failed");
  const build = ["build", "--content", content, "--out", out, "--cache", cache, "--jobs", jobs];
  const [buildCode, buildMs] = await timed(() => folio(build));
  if (buildCode !== 0) throw new Error("folio build failed");
  const [, rebuildMs] = await timed(() => folio(build));
  const pagesPerSecond = pdfs.length / ((importMs + buildMs) / 1000);
  console.log(
    `\nimport pdf ${seconds(importMs)} + build ${seconds(buildMs)} (page images drawn) = ${pagesPerSecond.toFixed(3)} pages/s (${seconds((importMs + buildMs) / pdfs.length)} per page); ` +
      `a second build (all from the cache) ${seconds(rebuildMs)}; load ${load()}`,
  );

  // 2. bytes per rendition, from the bundle.
  const issueDir = join(out, "issues", "bench");
  const [issueFile] = await readdir(issueDir);
  const issue = issueSchema.parse(JSON.parse(await readFile(join(issueDir, issueFile!), "utf8")));
  const byWidth = new Map<number, number[]>();
  for (const page of issue.pages)
    for (const source of page.pdf?.image?.sources ?? []) {
      const size = (await stat(join(out, source.file))).size;
      byWidth.set(source.width, [...(byWidth.get(source.width) ?? []), size]);
    }
  console.log("\npage image renditions (WebP q" + WEBP_QUALITY + "):");
  for (const [width, sizes] of [...byWidth].sort((a, b) => a[0] - b[0]))
    console.log(
      `  ${String(width).padStart(4)} px: median ${kB(median(sizes))}, max ${kB(Math.max(...sizes))} (${sizes.length} pages)`,
    );
  const thumbs = issue.pages.map((p) => p.pdf?.thumb).filter((t) => t !== undefined);
  const placeholders = issue.pages.map((p) => p.pdf?.image?.placeholder.length ?? 0);
  console.log(
    `  thumbnails: median ${kB(median(await Promise.all(thumbs.map(async (t) => (await stat(join(out, t.file))).size))))}; ` +
      `placeholders: max ${Math.max(...placeholders)} characters`,
  );

  // 3. one page drawn and encoded, each rendition timed, WebP and AVIF.
  const doc = await openPdf(new Uint8Array(await readFile(pdfs[0]!)));
  const page = await doc.getPage(1);
  const base = page.getViewport({ scale: 1 });
  const widths = [480, 960, 1600, 2400];
  const top = widths.at(-1)!;
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
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const raw = { width: canvas.width, height: canvas.height, channels: 4 as const };
  console.log(`\none page drawn by PDF.js at ${top} px: ${seconds(renderMs)}; load ${load()}`);
  for (const width of widths) {
    const image = () => sharp(pixels.data, { raw }).removeAlpha().resize({ width });
    const [webp, webpMs] = await timed(() => image().webp({ quality: WEBP_QUALITY }).toBuffer());
    const [avif, avifMs] = await timed(() => image().avif(AVIF).toBuffer());
    console.log(
      `  ${String(width).padStart(4)} px: WebP ${kB(webp.length)} in ${seconds(webpMs)}; AVIF q${AVIF.quality} ${kB(avif.length)} in ${seconds(avifMs)}`,
    );
  }
  await doc.destroy();

  // 4. parse and draw from one document load, against a load each.
  const parseThenDraw = async (shared: boolean) => {
    const bytes = new Uint8Array(await readFile(pdfs[0]!));
    const first = await openPdf(bytes);
    const parsePage = await first.getPage(1);
    await parsePage.getTextContent();
    await parsePage.getOperatorList();
    let drawDoc = first;
    if (!shared) {
      await first.destroy();
      drawDoc = await openPdf(bytes);
    }
    const drawPage = await drawDoc.getPage(1);
    const v = drawPage.getViewport({ scale: 960 / drawPage.getViewport({ scale: 1 }).width });
    const c = pdfjsCanvas.createCanvas(Math.round(v.width), Math.round(v.height));
    await drawPage.render({
      canvasContext: c.getContext("2d") as unknown as CanvasRenderingContext2D,
      canvas: c as unknown as HTMLCanvasElement,
      viewport: v,
    }).promise;
    await drawDoc.destroy();
  };
  const [, separateMs] = await timed(() => parseThenDraw(false));
  const [, sharedMs] = await timed(() => parseThenDraw(true));
  console.log(
    `\nparse + draw one page: two document loads ${seconds(separateMs)}, one shared ${seconds(sharedMs)}; load ${load()}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}

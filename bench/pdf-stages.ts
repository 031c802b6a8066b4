/**
 * `npm run bench:pdf-stages [-- --pages N]`: where a PDF page's CPU goes, stage by stage, on real
 * pages (`FOLIO_PDFS`, default `../shared/pdfs/`, never committed). Each page is read, parsed, drawn
 * and encoded in this thread, one stage after the other, as `folio import pdf` does on a worker; each
 * stage's CPU time is the whole process' (`process.cpuUsage`: this thread, libvips' threads, the
 * garbage collector's), so it is little disturbed by other processes' load. Prints, never asserts.
 */
import { readdir, readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { parsePdfPage } from "../src/ingest/pdf/parse-pdf-page";
import { openPdf, readTextItems, withDrawnBoxes } from "../src/ingest/pdf/read-pdf";
import { extractPeople } from "../src/ingest/people/extract-people";
import { sharedModel } from "../src/ingest/people/tagger/load-model";
import { cropPixels } from "../src/ingest/page-images/crop-box";
import { renderPage } from "../src/ingest/page-images/draw-page";
import { encodeLadder, encodePlaceholder, encodeThumb } from "../src/ingest/page-images/encode";
import { photoBoxes } from "../src/ingest/page-images/image-keys";
import { ladder, PHOTO_WIDTHS } from "../src/ingest/page-images/ladder";
import { nativeFontOptions } from "../src/ingest/page-images/native-fonts";
import { renderedOperatorList } from "../src/ingest/page-images/rendered-operator-list";

const { values } = parseArgs({ options: { pages: { type: "string" } } });
const PDFS = resolve(process.env.FOLIO_PDFS ?? "../shared/pdfs/");
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

async function findPdfs(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith(".pdf")) found.push(join(entry.parentPath, entry.name));
  return found.sort();
}

const cpu = new Map<string, number>();
const wall = new Map<string, number>();
async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const c = process.cpuUsage();
  const w = performance.now();
  try {
    return await work();
  } finally {
    const { user, system } = process.cpuUsage(c);
    cpu.set(name, (cpu.get(name) ?? 0) + (user + system) / 1000);
    wall.set(name, (wall.get(name) ?? 0) + performance.now() - w);
  }
}

const pdfs = (await findPdfs(PDFS)).slice(0, values.pages === undefined ? undefined : Number(values.pages));
const model = sharedModel();
// Warm up (module loading, JIT, the tagger's model) on the first page, not counted.
const warm = await openPdf(new Uint8Array(await readFile(pdfs[0]!)), nativeFontOptions());
parsePdfPage({ ...(await readTextItems(await warm.getPage(1))), images: [], rules: [] });
await warm.destroy();
const loadBefore = load();
for (const path of pdfs) {
  const bytes = await stage("read + hash file", async () => {
    const b = await readFile(path);
    createHash("sha256").update(b).digest();
    return b;
  });
  const doc = await stage("open (PDF.js)", () => openPdf(new Uint8Array(bytes), nativeFontOptions()));
  const page = await stage("open (PDF.js)", () => doc.getPage(1));
  const text = await stage("text (PDF.js getTextContent)", () => readTextItems(page));
  const drawing = await stage("draw (PDF.js + Skia)", () => renderPage(page, false));
  const content = await stage("drawn boxes (operator list)", async () =>
    withDrawnBoxes(text, renderedOperatorList(page) ?? (await page.getOperatorList())),
  );
  const parsed = await stage("parse (segmentation)", () => parsePdfPage(content));
  await stage("people (tagger)", () => parsed.articles.map((a) => extractPeople(a, model)));
  const { raw, scale, widths } = drawing;
  for (const box of photoBoxes(parsed))
    await stage("encode photo crops", async () => {
      const region = cropPixels(box, scale, raw.width, raw.height);
      if (region === null) return;
      const { narrowest } = await encodeLadder(raw, ladder(PHOTO_WIDTHS, region.width), region);
      await encodePlaceholder(narrowest);
    });
  const { narrowest } = await stage("encode page ladder", () => encodeLadder(raw, widths));
  await stage("encode placeholder + thumbnail", async () => {
    await encodePlaceholder(narrowest);
    await encodeThumb(narrowest);
  });
  drawing.canvas.width = 1;
  page.cleanup();
  await stage("close", () => doc.destroy());
}
const n = pdfs.length;
const total = [...cpu.values()].reduce((a, b) => a + b, 0);
console.log(`bench:pdf-stages: ${n} pages from ${PDFS}, one after the other in one thread`);
console.log(`CPU-seconds per page by stage (and the wall seconds of this thread):`);
for (const [name, ms] of cpu)
  console.log(
    `  ${name.padEnd(32)} ${(ms / 1000 / n).toFixed(3)} CPU-s  (${((100 * ms) / total).toFixed(0).padStart(2)} %; wall ${((wall.get(name) ?? 0) / 1000 / n).toFixed(3)} s)`,
  );
console.log(`  ${"total".padEnd(32)} ${(total / 1000 / n).toFixed(3)} CPU-s per page`);
console.log(`load average before ${loadBefore}, after ${load()} (1, 5, 15 min)`);

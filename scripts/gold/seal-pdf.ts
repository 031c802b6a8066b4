/**
 * Seals plain eval:pdf gold files (scripts/gold/pdf-gold.ts) for the repository: every string
 * becomes its seal (scripts/gold/seal.ts), region boxes stay; no text of the pages is kept.
 *   npx tsx scripts/gold/seal-pdf.ts <plain dir> <out dir>
 * Each `<pdf name>.json` is checked against its page (found under FOLIO_PDFS, default
 * ../shared/pdfs/): a string not on the page is an error naming the file and the string's seal.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { printedLines } from "../../src/ingest/pdf/parse-pdf-page";
import { pdfGoldSchema, sealPdfGold } from "./pdf-gold";
import { parse, PDF_DIR, pdfFiles } from "./pdf-pages";

const [plainDir, outDir] = process.argv.slice(2);
if (plainDir === undefined || outDir === undefined) {
  console.error("usage: npx tsx scripts/gold/seal-pdf.ts <plain dir> <out dir>");
  process.exit(2);
}
const pdfs = new Map(pdfFiles(PDF_DIR).map((p) => [basename(p), p]));
const files = readdirSync(plainDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
try {
  const sealed = [];
  for (const file of files) {
    const source = join(plainDir, file);
    const gold = pdfGoldSchema.parse(JSON.parse(readFileSync(source, "utf8")));
    const path = pdfs.get(gold.pdf);
    if (path === undefined) throw new Error(`${source}: ${gold.pdf} not found under ${PDF_DIR} (FOLIO_PDFS)`);
    const { content } = await parse(path);
    const lines = printedLines(content).lines.map((l) => l.text);
    sealed.push({ file, gold: sealPdfGold(gold, lines, source) });
  }
  // written only when every file sealed
  mkdirSync(outDir, { recursive: true });
  for (const { file, gold } of sealed) writeFileSync(join(outDir, file), `${JSON.stringify(gold, null, 2)}\n`);
  console.log(`sealed ${sealed.length} gold files into ${outDir}`);
} catch (error) {
  console.error(`folio: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedPage } from "@/bundle/schema";
import { FIXTURES_DIR } from "../parse/fixture-cases";
import { readPdfFile, readPdfPage } from "../read-pdf-page";

/**
 * The PDF parser's fixtures: `fixtures/pdf-*` folders with `source.pdf` (typeset by
 * `scripts/pdf-fixtures/` from the seed's text), `truth.json` (what the typesetter drew) and
 * `expected.json` (what `folio parse --json` prints, reviewed).
 */
export interface PdfFixtureCase {
  name: string;
  dir: string;
  sourcePath: string;
  expectedPath: string;
  truthPath: string;
}

/** What the typesetter drew: see `scripts/pdf-fixtures/typeset.ts`. */
export interface PdfTruth {
  width: number;
  height: number;
  furniture: string[];
  articles: {
    kicker?: string;
    title: string;
    subtitles: string[];
    byline: string | null;
    paragraphs: string[];
    caption: string | null;
    jumps: string[];
    lines: { text: string; box: [number, number, number, number] }[];
    photos: [number, number, number, number][];
  }[];
}

export function pdfFixtureCases(): PdfFixtureCase[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES_DIR, e.name, "source.pdf")))
    .map((e) => {
      const dir = join(FIXTURES_DIR, e.name);
      return {
        name: e.name,
        dir,
        sourcePath: join(dir, "source.pdf"),
        expectedPath: join(dir, "expected.json"),
        truthPath: join(dir, "truth.json"),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function parsePdfFixture(fixture: PdfFixtureCase): Promise<ParsedPage> {
  const [page] = await readPdfFile(fixture.sourcePath);
  if (page === undefined) throw new Error(`${fixture.sourcePath}: no page`);
  return readPdfPage(page);
}

export function readTruth(fixture: PdfFixtureCase): PdfTruth {
  return JSON.parse(readFileSync(fixture.truthPath, "utf8")) as PdfTruth;
}

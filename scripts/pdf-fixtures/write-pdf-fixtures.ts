import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixturePages } from "./layouts";
import { missingFonts, pdfBytes } from "./typeset";

/**
 * Typesets the PDF fixtures: `fixtures/pdf-*` folders with `source.pdf` and `truth.json` (what the
 * typesetter drew: the ground truth the parser is checked against). Returns the folders written.
 */
export async function writePdfFixtures(fixturesDir: string, only: ReadonlySet<string>): Promise<string[]> {
  const missing = missingFonts();
  if (missing.length > 0)
    throw new Error(
      `the PDF fixtures need ${missing.join(", ")}: apt-get install fonts-arphic-ukai fonts-wqy-microhei`,
    );
  const written: string[] = [];
  for (const [name, page] of Object.entries(fixturePages())) {
    if (only.size > 0 && !only.has(name)) continue;
    const dir = join(fixturesDir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "source.pdf"), await pdfBytes(page));
    writeFileSync(join(dir, "truth.json"), `${JSON.stringify(page.truth, null, 2)}\n`);
    written.push(name);
  }
  return written;
}

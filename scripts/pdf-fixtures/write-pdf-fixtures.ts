import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeLabIssue } from "./lab-issue";
import { fixturePages } from "./layouts";
import { missingFonts, pdfBytes } from "./typeset";

const LAB_ISSUE = "e2e-content/lab-pdf/2024-06-03";

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
  // The browser tests' PDF issue (its own text, typeset the same way).
  if (only.size === 0 || only.has(LAB_ISSUE)) {
    await writeLabIssue(join(fixturesDir, LAB_ISSUE));
    written.push(LAB_ISSUE);
  }
  return written;
}

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdfFilePage } from "../read-pdf-page";
import { photoBoxes } from "./image-keys";
import { PAGE_WIDTHS } from "./ladder";
import { readAndDrawPdfFile } from "./read-and-draw";

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}/source.pdf`, import.meta.url));
/** Drawing and encoding a page takes seconds idle and near a minute on a loaded machine. */
const HEAVY = 180_000;
let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-read-and-draw-"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("readAndDrawPdfFile", () => {
  it(
    "parses each page as `folio parse` does (boxes of images and rules read off the drawing) and draws its ladder and photos",
    async () => {
      for (const name of ["pdf-photo-caption", "pdf-theory-page", "pdf-scanned"]) {
        const made = await readAndDrawPdfFile({ path: fixture(name) });
        if (!made.ok) throw new Error(made.error);
        expect(made.pages).toHaveLength(1);
        const [{ parsed, drawn }] = made.pages as [(typeof made.pages)[number]];
        expect(parsed).toEqual(await readPdfFilePage(fixture(name), 1));
        // A scan (no text layer) stops at its own resolution; a typeset page has the whole ladder.
        expect(drawn.image.sources.map((s) => s.width)).toEqual(name === "pdf-scanned" ? [480] : PAGE_WIDTHS);
        expect(drawn.photos).toHaveLength(photoBoxes(parsed).length);
        expect(drawn.photos.every((p) => p !== null && p.sources.length > 0)).toBe(true);
      }
      expect(photoBoxes(await readPdfFilePage(fixture("pdf-photo-caption"), 1))).toHaveLength(1);
    },
    HEAVY,
  );

  it("gives a bad file back as one line that says which and why", async () => {
    const bad = join(tmp, "page-2.pdf");
    await writeFile(bad, "not a pdf");
    expect(await readAndDrawPdfFile({ path: bad })).toEqual({
      ok: false,
      error: expect.stringMatching(/page-2\.pdf: not a readable PDF/u) as unknown,
    });
    expect(await readAndDrawPdfFile({ path: join(tmp, "missing.pdf") })).toEqual({
      ok: false,
      error: `${join(tmp, "missing.pdf")}: no such file`,
    });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { readPdfFilePage } from "./read-pdf-page";

const dir = mkdtempSync(join(tmpdir(), "folio-pdf-"));

async function encryptedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ userPassword: "secret", ownerPassword: "owner", pdfVersion: "1.7" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.font("Helvetica").text("Folio", 50, 50);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function failure(path: string, page?: number): Promise<string> {
  try {
    await readPdfFilePage(path, page);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error("expected a CliError");
}

describe("readPdfFilePage: bad input is one clear line", { timeout: 60_000 }, () => {
  it("says an encrypted PDF is encrypted", async () => {
    const path = join(dir, "locked.pdf");
    writeFileSync(path, await encryptedPdf());
    expect(await failure(path)).toBe(`${path}: the PDF is encrypted (password-protected): Folio cannot read it`);
  });

  it("says a damaged PDF is damaged", async () => {
    const path = join(dir, "cut.pdf");
    const whole = readFileSync("fixtures/pdf-jump-front/source.pdf");
    writeFileSync(path, whole.subarray(0, 400));
    expect(await failure(path)).toMatch(
      /cut\.pdf: (not a readable PDF|page 1 of the PDF is damaged|the PDF cannot be read)/u,
    );
    const junk = join(dir, "junk.pdf");
    writeFileSync(junk, "this is not a PDF at all");
    expect(await failure(junk)).toMatch(/^.*junk\.pdf: not a readable PDF \(damaged or not a PDF/u);
  });

  it("says a missing file or page is missing", async () => {
    expect(await failure(join(dir, "nope.pdf"))).toMatch(/nope\.pdf: no such file$/u);
    expect(await failure("fixtures/pdf-jump-front/source.pdf", 2)).toBe(
      "fixtures/pdf-jump-front/source.pdf: the PDF has no page 2 (it has 1)",
    );
  });
});

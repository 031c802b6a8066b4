import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Issue } from "@/bundle/schema";
import { CliError } from "../cli-error";
import { writeBundle } from "../write-bundle";
import { readContent } from "../content/read-content";
import { pageNumberOf, pdfFilesOf, readPdfImport, writePdfIssue } from "./import-pdf";

describe("pageNumberOf", () => {
  it("reads the page number at the end of a file name", () => {
    expect(["rmrb-2018-01-02-p7.pdf", "page-3.pdf", "A05.pdf", "版面12.PDF"].map(pageNumberOf)).toEqual([7, 3, 5, 12]);
    expect(pageNumberOf("front.pdf")).toBeNull();
  });
});

describe("import pdf", { timeout: 120_000 }, () => {
  it("writes an issue of the content format that the build reads back", async () => {
    const root = mkdtempSync(join(tmpdir(), "folio-import-pdf-"));
    const input = join(root, "in");
    mkdirSync(input);
    copyFileSync("fixtures/pdf-jump-back/source.pdf", join(input, "A02.pdf"));
    copyFileSync("fixtures/pdf-jump-front/source.pdf", join(input, "A01.pdf"));
    const files = await pdfFilesOf(input);
    const imported = await readPdfImport(files, "2023-02-27");
    const out = join(root, "content");
    await writePdfIssue(imported, { outDir: out, paper: "maonan", date: "2023-02-27" });
    expect(JSON.parse(readFileSync(join(out, "maonan/2023-02-27/issue.json"), "utf8"))).toEqual({
      date: "2023-02-27",
      pages: [
        { no: 1, name: "要闻", file: "page-1.pdf" },
        { no: 2, name: "要闻", file: "page-2.pdf" },
      ],
    });
    expect(JSON.parse(readFileSync(join(out, "maonan/paper.json"), "utf8"))).toEqual({
      name: "茂南报",
      nameNote: null,
    });
    const [paper] = await readContent(out);
    const pages = paper!.issues[0]!.pages;
    expect(pages.map((p) => p.kind)).toEqual(["pdf", "pdf"]);
    const front = pages[0]!.kind === "pdf" ? pages[0]!.page : null;
    expect(front?.articles[0]?.jumps).toEqual([{ raw: "（下转第2版）", direction: "to", page: 2 }]);
    expect(front?.articles[0]?.people.length).toBeGreaterThan(0);
    // The build links the two parts of the article that jumps from page 1 to page 2.
    const bundle = join(root, "bundle");
    await writeBundle([paper!], { outDir: bundle });
    const dir = join(bundle, "issues/maonan");
    const issueFile = readdirSync(dir).find((f) => f.startsWith("2023-02-27."))!;
    const issue = JSON.parse(readFileSync(join(dir, issueFile), "utf8")) as Issue;
    expect(issue.pages[0]!.articles[0]!.jumps).toEqual([
      { raw: "（下转第2版）", direction: "to", page: 2, article: "2-1" },
    ]);
    expect(issue.pages[1]!.articles[0]!.jumps).toEqual([
      { raw: "（上接第1版）", direction: "from", page: 1, article: "1-1" },
    ]);
  });

  it("writes nothing when one file is bad, and says which", async () => {
    const root = mkdtempSync(join(tmpdir(), "folio-import-pdf-"));
    const input = join(root, "in");
    mkdirSync(input);
    copyFileSync("fixtures/pdf-jump-front/source.pdf", join(input, "page-1.pdf"));
    writeFileSync(join(input, "page-2.pdf"), "not a pdf");
    const error = await readPdfImport(await pdfFilesOf(input), "2023-02-27").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(/page-2\.pdf: not a readable PDF/u);
    expect(existsSync(join(root, "content"))).toBe(false);
  });

  it("warns when the page prints another date than the one given", async () => {
    const imported = await readPdfImport(["fixtures/pdf-jump-front/source.pdf"], "2023-03-01");
    expect(imported.warnings).toContain(
      "fixtures/pdf-jump-front/source.pdf: the page prints the date 2023-02-27, not 2023-03-01",
    );
  });
});

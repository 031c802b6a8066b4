import type { ParsedPage } from "@/bundle/schema";
import { parsedPageSchema } from "@/bundle/schema";
import { readPage } from "../read-page";
import { readTextFile } from "../read-text-file";
import { CliError } from "../cli-error";

/**
 * `folio parse <file> [--json] [--page n]`: the articles of one page, readable or as JSON. A PDF
 * page gives the same structure with each article's boxes, photos and jump lines, and the page's
 * furniture and printed facts.
 */
export async function parseCommand(file: string, options: { json: boolean; page?: number }): Promise<string> {
  if (/\.pdf$/iu.test(file)) {
    // PDF.js is loaded only for a PDF (it takes a second to load).
    const { readPdfFilePage } = await import("../read-pdf-page");
    const page = parsedPageSchema.parse(await readPdfFilePage(file, options.page));
    return options.json ? `${JSON.stringify(page, null, 2)}\n` : formatPage(page, "PDF text layer");
  }
  if (options.page !== undefined) throw new CliError("--page is for PDF files");
  const read = await readTextFile(file);
  if (!read.ok) throw new CliError(read.error);
  const page = parsedPageSchema.parse(readPage(read.text));
  return options.json ? `${JSON.stringify(page, null, 2)}\n` : formatPage(page, read.encoding);
}

export function formatPage(page: ParsedPage, encoding: string): string {
  const out: string[] = [];
  for (const a of page.articles) {
    if (a.kicker) out.push(`   ${a.kicker}`);
    out.push(`── ${a.seq}. ${a.title || "（无标题）"}  [lines ${a.sourceLines[0]}–${a.sourceLines[1]}]`);
    for (const s of a.subtitles) out.push(`   ${s}`);
    if (a.byline) out.push(`   ${a.byline.raw}  → ${a.byline.reporters.join("、")}`);
    out.push("");
    for (const p of a.paragraphs) out.push(`\u3000\u3000${p}`);
    if (a.caption) out.push("", `   〔图〕${a.caption}`);
    for (const j of a.jumps ?? [])
      out.push(`   ${j.raw}  → ${j.direction === "to" ? "continues on" : "continued from"} page ${j.page}`);
    if (a.boxes) out.push(`   boxes: ${a.boxes.map((b) => `[${b.join(", ")}]`).join(" ")}`);
    if (a.people.length > 0)
      out.push("", `   人物：${a.people.map((p) => `${p.name}（${p.roles.join("、")}）`).join("；")}`);
    out.push("");
  }
  for (const u of page.unassigned)
    out.push(`!! unassigned lines ${u.lines[0]}–${u.lines[1]}: ${u.warning}`, u.text, "");
  if (page.pdf) {
    const p = page.pdf.printed;
    for (const f of page.pdf.furniture) out.push(`   (${f.kind}) ${f.text}`);
    out.push(
      `   printed on the page: paper ${p.paper ?? "—"}, date ${p.date ?? "—"}, page ${p.pageNo ?? "—"} ${p.pageName ?? ""}`.trimEnd(),
    );
  }
  for (const w of page.warnings) out.push(`!! lines ${w.lines[0]}–${w.lines[1]}: ${w.message}`);
  const chars = page.articles.reduce((n, a) => n + a.paragraphs.join("").length, 0);
  out.push(
    `${page.articles.length} articles, ${chars} characters of body text, ${page.unassigned.length} unassigned, ${page.warnings.length} warnings (${encoding})`,
  );
  return `${out.join("\n")}\n`;
}

import type { ParseWarning, Unassigned } from "@/bundle/schema";
import { CliError } from "../cli-error";
import { parsePfrLine, parsePfrLineId, type PfrId, type PfrToken } from "./pfr-line";

/**
 * Groups the lines of a PFR file into issues (date), pages (版) and articles by their ids, in file
 * order. What each malformed line costs, decided per kind (and documented in the README):
 *   bad id                  skip the line: it cannot be placed without guessing. Its text goes to
 *                           the page's `unassigned` (nothing lost) and a warning is printed.
 *   bad token               keep the line; the token's text is kept as printed; warning.
 *   unbalanced bracket      keep the line: brackets only annotate, the words are sound; warning.
 *   repeated id             keep the paragraph where the file has it; warning.
 *   id earlier than the one before it   stop: the file is shuffled or concatenated, and placing the
 *                           line would silently reorder an issue.
 *   more than MAX_SKIPPED_LINES skipped, or no paragraph at all   stop: not a PFR file.
 */
export const MAX_SKIPPED_LINES = 100;

export interface RawParagraph {
  line: number;
  text: string;
  tokens: PfrToken[];
}

export interface RawArticle {
  seq: number;
  paragraphs: RawParagraph[];
  /** First and last line of the article in the file, empty paragraphs included. */
  lines: [number, number];
}

export interface RawPage {
  no: number;
  articles: RawArticle[];
  unassigned: Unassigned[];
  warnings: ParseWarning[];
}

export interface RawIssue {
  date: string;
  pages: RawPage[];
}

export interface LineWarning {
  line: number;
  message: string;
}

export interface GroupedLines {
  issues: RawIssue[];
  /** Every warning, in line order, for the command to print. */
  warnings: LineWarning[];
  skippedLines: number;
  /**
   * The lines each issue is made of (first, last; 1-based, inclusive): from its first paragraph (line 1
   * for the first issue, whose first page takes the lines skipped before it) to the line before the
   * next issue's first paragraph (a skipped line joins the page before it). An issue depends on these
   * lines and their numbers only, so `folio import` keys its cache by them, without serialising the
   * grouped issue.
   */
  issueLines: [number, number][];
}

/**
 * The whole file: its days (`splitDays`, which also stops on what makes the file unreadable), each
 * grouped on its own (`groupDay`). `folio import` does the same with each day grouped on a worker.
 */
export function groupLines(text: string, file: string): GroupedLines {
  const lines = text.split("\n");
  const days = splitDays(lines, file);
  const grouped = days.map((day) => groupDay(lines.slice(day.first - 1, day.last), day.first));
  return {
    issues: grouped.map((g) => g.issue),
    warnings: grouped.flatMap((g) => g.warnings),
    skippedLines: grouped.reduce((n, g) => n + g.skippedLines, 0),
    issueLines: days.map((day) => [day.first, day.last]),
  };
}

/** One day's lines in the file (1-based, inclusive; see `GroupedLines.issueLines`). */
export interface DayLines {
  date: string;
  first: number;
  last: number;
}

/**
 * The file's lines → its days, reading each line's id only (not its words), and stopping as
 * `groupLines` documents: an id earlier than the one before it, too many lines skipped, no paragraph.
 */
export function splitDays(lines: readonly string[], file: string): DayLines[] {
  const days: DayLines[] = [];
  let skippedLines = 0;
  let last: { id: PfrId; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const no = i + 1;
    const parsed = parsePfrLineId(lines[i]!);
    if (parsed.kind === "blank") continue;
    if (parsed.kind === "bad-id") {
      if (++skippedLines > MAX_SKIPPED_LINES) {
        throw new CliError(`${file}:${no}: more than ${MAX_SKIPPED_LINES} lines without a PFR id; is this a PFR file?`);
      }
      continue;
    }
    const { id } = parsed;
    if (last !== null && compareIds(id, last.id) < 0) {
      throw new CliError(
        `${file}:${no}: id ${id.raw} comes after ${last.id.raw} (line ${last.line}); lines must be in id order (date, page, article, paragraph)`,
      );
    }
    if (days.at(-1)?.date !== id.date) {
      const previous = days.at(-1);
      if (previous !== undefined) previous.last = no - 1;
      days.push({ date: id.date, first: days.length === 0 ? 1 : no, last: lines.length });
    }
    last = { id, line: no };
  }
  if (days.length === 0) throw new CliError(`${file}: no PFR paragraph lines (YYYYMMDD-PP-AAA-NNN/m  word/tag …)`);
  return days;
}

/** One day, grouped: its issue, its warnings (in line order) and the lines it skipped. */
export interface GroupedDay {
  issue: RawIssue;
  warnings: LineWarning[];
  skippedLines: number;
}

/**
 * One day's lines (as `splitDays` found them; `firstLine` is the first one's number in the file) →
 * its pages and articles. Never throws on the file's content: `splitDays` has stopped on what
 * cannot be read.
 */
export function groupDay(lines: readonly string[], firstLine: number): GroupedDay {
  let issue: RawIssue | null = null;
  const warnings: LineWarning[] = [];
  let skippedLines = 0;
  let last: { id: PfrId; line: number } | null = null;
  let page: RawPage | null = null;
  let article: RawArticle | null = null;
  /** Lines skipped before the first page exists; they join the first page. */
  const orphans: Unassigned[] = [];

  const warn = (line: number, message: string, target: RawPage | null) => {
    warnings.push({ line, message });
    target?.warnings.push({ lines: [line, line], message });
  };

  for (let i = 0; i < lines.length; i++) {
    const no = firstLine + i;
    const parsed = parsePfrLine(lines[i]!);
    if (parsed.kind === "blank") continue;
    if (parsed.kind === "bad-id") {
      skippedLines++;
      warnings.push({ line: no, message: `${parsed.message}; line skipped` });
      const kept: Unassigned = {
        lines: [no, no],
        text: lines[i]!.trim(),
        warning: `${parsed.message}; the line could not be placed`,
      };
      (page?.unassigned ?? orphans).push(kept);
      continue;
    }
    const { id } = parsed;
    const order = last === null ? 1 : compareIds(id, last.id);
    issue ??= { date: id.date, pages: [] };
    if (page === null || page.no !== id.page) {
      page = { no: id.page, articles: [], unassigned: orphans.splice(0), warnings: [] };
      issue.pages.push(page);
      article = null;
    }
    if (article === null || article.seq !== id.article) {
      article = { seq: id.article, paragraphs: [], lines: [no, no] };
      page.articles.push(article);
    }
    article.lines[1] = no;
    if (order === 0) warn(no, `repeated id ${id.raw} (also line ${last!.line}); paragraph kept in file order`, page);
    for (const problem of parsed.problems) warn(no, problem, page);
    if (parsed.text.length > 0) article.paragraphs.push({ line: no, text: parsed.text, tokens: parsed.tokens });
    last = { id, line: no };
  }
  if (issue === null) throw new Error(`groupDay: no paragraph in lines ${firstLine}–${firstLine + lines.length - 1}`);
  return { issue, warnings, skippedLines };
}

function compareIds(a: PfrId, b: PfrId): number {
  return a.date.localeCompare(b.date) || a.page - b.page || a.article - b.article || a.paragraph - b.paragraph;
}

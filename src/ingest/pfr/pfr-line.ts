/**
 * One line of a PFR file (人民日报标注语料库): `19980101-01-001-002/m  中共中央/nt  总书记/n …`, one
 * paragraph per line. The id is date-page-article-paragraph; each word is `word/tag`; a compound is
 * bracketed `[中央/n  人民/n]nt`. Pure: reports what is wrong with a line, never throws.
 */
export interface PfrId {
  /** YYYY-MM-DD. */
  date: string;
  page: number;
  article: number;
  paragraph: number;
  /** The id as printed, for messages. */
  raw: string;
}

export interface PfrToken {
  word: string;
  /** The part-of-speech tag (`nr` person name, `ns` place, `w` punctuation…); "" when malformed. */
  tag: string;
  /** Inside a bracketed compound: a name there is part of an organisation's or a place's name. */
  inCompound: boolean;
}

export type PfrLine =
  | { kind: "blank" }
  | { kind: "bad-id"; message: string }
  | { kind: "paragraph"; id: PfrId; tokens: PfrToken[]; text: string; problems: string[] };

const ID = /^(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{3})-(\d{3})\/m$/u;
const TAG = /^[A-Za-z]+$/;
/** Words are separated by two spaces; a few lines have one or three, which mean the same. */
const SEPARATOR = /[ \t]+/u;

/** A line's kind and id only (no words): what splitting a file into its days needs, at a fraction of the cost. */
export type PfrLineId = { kind: "blank" } | { kind: "bad-id"; message: string } | { kind: "paragraph"; id: PfrId };

/** Separates the id from the words: the first space or tab (as `SEPARATOR` splits the line). */
const FIRST_SEPARATOR = /[ \t]/u;

export function parsePfrLineId(line: string): PfrLineId {
  const trimmed = line.replace(/^\uFEFF/u, "").trim();
  if (trimmed.length === 0) return { kind: "blank" };
  const end = trimmed.search(FIRST_SEPARATOR);
  const id = parseId(end < 0 ? trimmed : trimmed.slice(0, end));
  return typeof id === "string" ? { kind: "bad-id", message: id } : { kind: "paragraph", id };
}

export function parsePfrLine(line: string): PfrLine {
  const trimmed = line.replace(/^\uFEFF/u, "").trim();
  if (trimmed.length === 0) return { kind: "blank" };
  const [first = "", ...rest] = trimmed.split(SEPARATOR);
  const id = parseId(first);
  if (typeof id === "string") return { kind: "bad-id", message: id };
  const { tokens, problems } = parseTokens(rest);
  return { kind: "paragraph", id, tokens, text: tokens.map((t) => t.word).join(""), problems };
}

function parseId(raw: string): PfrId | string {
  const m = ID.exec(raw);
  if (m === null) {
    const shown = raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
    return `bad id "${shown}": expected YYYYMMDD-PP-AAA-NNN/m (date-page-article-paragraph)`;
  }
  const [, y, mo, d, page, article, paragraph] = m.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `bad id "${raw}": ${m[1]}-${m[2]}-${m[3]} is not a date`;
  }
  if (page === 0 || article === 0 || paragraph === 0) {
    return `bad id "${raw}": page, article and paragraph numbers start at 1`;
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, page, article, paragraph, raw };
}

function parseTokens(raw: readonly string[]): { tokens: PfrToken[]; problems: string[] } {
  const tokens: PfrToken[] = [];
  const problems: string[] = [];
  let open = false;
  for (const text of raw) {
    const m = splitToken(text);
    if (m === null) {
      // Kept as printed: the text is still the paper's, only its tag is unreadable.
      problems.push(`bad token "${text}": expected word/tag`);
      tokens.push({ word: text, tag: "", inCompound: open });
      continue;
    }
    const { opens, word, tag, closes } = m;
    if (opens) {
      if (open) problems.push(`unbalanced bracket: "[" at "${text}" inside a compound that is still open`);
      open = true;
    }
    tokens.push({ word, tag, inCompound: open });
    if (closes !== null) {
      if (!open) problems.push(`unbalanced bracket: "]${closes}" at "${text}" closes no "["`);
      open = false;
    }
  }
  if (open) problems.push(`unbalanced bracket: a "[" is not closed by the end of the line`);
  if (tokens.length === 0) problems.push("no words after the id");
  return { tokens, problems };
}

interface TokenParts {
  opens: boolean;
  word: string;
  tag: string;
  /** The compound's tag when the token closes one (`电台/n]nt` → nt), else null. */
  closes: string | null;
}

/**
 * `[word/tag`, `word/tag`, `word/tag]tag` → parts, or null. By hand rather than one regex: a
 * million tokens a month, and the regex's backtracking made it the slowest step of an import.
 * A `[` that leaves no word/tag after it is the word itself (`[/w`).
 */
function splitToken(text: string): TokenParts | null {
  if (text.length > 1 && text.startsWith("[")) {
    const inner = wordAndTag(text.slice(1), true);
    if (inner !== null) return inner;
  }
  return wordAndTag(text, false);
}

function wordAndTag(text: string, opens: boolean): TokenParts | null {
  let body = text;
  let closes: string | null = null;
  const bracket = text.lastIndexOf("]");
  if (bracket > 0 && TAG.test(text.slice(bracket + 1))) {
    closes = text.slice(bracket + 1);
    body = text.slice(0, bracket);
  }
  const slash = body.lastIndexOf("/");
  if (slash <= 0 || !TAG.test(body.slice(slash + 1))) return null;
  return { opens, word: body.slice(0, slash), tag: body.slice(slash + 1), closes };
}

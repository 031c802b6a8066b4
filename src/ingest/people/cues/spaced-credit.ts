import { REPORTER_ROLES } from "@/ingest/parse/byline";
import { isHan } from "@/text/char-class";

/**
 * A credit line set with spaces, as e-paper text keeps it (`何 方 刘 江 高 山 张守成 李 伟 王正东
 * 韩千里摄影报道`, `孟  凡图  夏  至文`): names separated by spaces, two-character names padded to the
 * width of three with a space inside, each run closed by what its people did. Read from the spaces,
 * not from the characters: with the spaces gone, 雷声周石国徽 splits a dozen ways. Single characters
 * pair up (雷 声 → 雷声); a line with a single character left over is not read as credits. The same
 * reading mends a byline whose names kept their marks (`本报记者 罗小桦文 陈南川摄`). A reporter role
 * leading the line (`本报记者  田  泓文  计海新摄`) says who they are and is no name: it is taken off
 * (audit4, issue 14: 本报记者 was listed as a person).
 */
/** What closes a run of names: the photos, the drawing, the text. Longest first. */
export const SPACED_CREDIT_MARKS = ["摄影报道", "摄影", "制图", "摄", "图", "文"] as const;
/** Marks no name ends with: a line must carry one (王志文 李建文 is two names, not two texts). */
const SURE_MARKS = ["摄", "图"];
/** Longest name a token may hold (a compound surname and a two-character given name). */
export const MAX_TOKEN_NAME = 4;
/** Most names a credit line holds; longer spaced lines are text set spaced out. */
export const MAX_SPACED_CREDIT_NAMES = 12;

/** The reporter roles that may lead a credit line (记者, 通讯员, 实习生: not the marks 摄影, 文/图). */
const LEADING_ROLES: ReadonlySet<string> = new Set(REPORTER_ROLES.filter((r) => /[者员生]$/u.test(r)));
const SPACES = /[\s\u3000\u00a0]+/u;
/**
 * Longest note of the picture's source closing the line (`汤德宏 杨玉岗摄影报道（人民视觉）`, `（影像中国）`):
 * the paper's photo agency or column, not a name; the credits are read before it.
 */
export const MAX_SOURCE_NOTE = 8;
const SOURCE_NOTE = new RegExp(`[（(][^（）()]{1,${MAX_SOURCE_NOTE}}[）)]$`, "u");

export function spacedCreditNames(line: string): string[] | null {
  const tokens = line
    .trim()
    .replace(SOURCE_NOTE, "")
    .split(SPACES)
    .filter((t) => t.length > 0);
  if (tokens.length > 0 && LEADING_ROLES.has(tokens[0]!)) tokens.shift();
  if (tokens.length < 2) return null;
  const parts: { chars: string[]; marked: boolean }[] = [];
  for (const token of tokens) {
    const mark = SPACED_CREDIT_MARKS.find((m) => token.endsWith(m));
    const chars = Array.from(mark === undefined ? token : token.slice(0, -mark.length));
    if (chars.length === 0 || chars.length > MAX_TOKEN_NAME || !chars.every(isHan)) return null;
    parts.push({ chars, marked: mark !== undefined });
  }
  if (!parts.at(-1)!.marked || !tokens.some((t) => SURE_MARKS.some((m) => t.includes(m)))) return null;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.chars.length > 1) {
      names.push(part.chars.join(""));
      continue;
    }
    // a lone character is half a padded name: the next token must be the other half
    const next = parts[i + 1];
    if (part.marked || next === undefined || next.chars.length !== 1) return null;
    names.push(part.chars[0]! + next.chars[0]!);
    i++;
  }
  return names.length <= MAX_SPACED_CREDIT_NAMES ? names : null;
}

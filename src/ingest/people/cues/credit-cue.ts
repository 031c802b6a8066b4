import { REPORTER_ROLES } from "@/ingest/parse/byline";
import { isHan } from "@/text/char-class";
import { isChineseNameShaped } from "./name-shape";
import { countedRoleBefore } from "./counted-role";
import { listedBracketRuns } from "./listed-bracket-credit";
import { isCreditNameShaped } from "./credit-surname";

/**
 * Credits inside a text, where names run together with nothing between them: after a reporter
 * role (`（记者刘子富）`, `新华社记者兰红光摄`, `本报记者杜中武孙传刚`, `通讯员梁宇摄`), in brackets
 * closing a paragraph (`（王彦田周亮）`), or as a short line of their own (`杨宇刘观浦刑金亮`). Such a
 * run is a credit when it splits into surname-led names; where it splits several ways (王彦田|周亮
 * or 王彦|田周亮) the caller picks with the tagger's help. A run that does not split or is not closed
 * off (`记者从会上获悉`) is body text. A line that is only names, each run closed by what its people
 * did (`马力图苏平文`, `罗小桦文陈北摄`, `庞立平谭凯文摄影报道`), is credits too.
 */
const ROLES = [...REPORTER_ROLES, "新华社记者"].sort((a, b) => b.length - a.length);
const ROLE_LAST_CHARS = new Set(ROLES.map((r) => r.slice(-1)));
/** What may close a run after a role: a bracket, 摄 (摄影), the end of the text, a space, a comma. */
const RUN_CLOSERS = "）)摄 \u3000，、";
/**
 * Words that close a run of reporters' names (`记者林晓、方舟报道：`, `本报记者林晓整理`, `…编译`), and
 * an interview done in writing (`本报记者林晓书面采访整理`: audit4, issue 14, a credit missed).
 */
const REPORT_CLOSERS = ["报道", "书面采访整理", "采访整理", "整理", "编译", "采写"];

function startsAt(chars: readonly string[], at: number, word: string): boolean {
  return chars.slice(at, at + word.length).join("") === word;
}

function closesRun(chars: readonly string[], at: number): boolean {
  return chars[at] === "摄" || REPORT_CLOSERS.some((w) => startsAt(chars, at, w));
}
/** Longest run of names we split, in characters (four three-character names). */
export const MAX_CREDIT_RUN = 12;
/** Shortest line read as names without a role before it: two two-character names (a lone name is a title). */
export const MIN_BARE_LINE = 4;
/** Shortest bracketed run closing a paragraph read as names: one two-character name (（毛小国）). */
export const MIN_BRACKETED_RUN = 2;

/** What closes each run of names on a credit line: the drawing, the text, the photos. Longest first. */
const CREDIT_MARKS = ["摄影报道", "摄影", "制图", "图", "文", "摄"];
/** Longest credit line read as runs of names and marks (three names and two marks). */
export const MAX_MARKED_LINE = 16;

export interface CreditRun {
  start: number;
  end: number;
  /** Every way to read the run as names, each a list of name lengths. */
  splits: number[][];
  /** The run follows a reporter role: a credit for sure. Else only if the tagger agrees. */
  afterRole: boolean;
}

function roleEndsAt(chars: readonly string[], at: number): boolean {
  return roleBefore(chars, at) !== null;
}

/** The reporter role that ends at `at` (spaces after it allowed) and where it starts, or null. */
function roleBefore(chars: readonly string[], at: number): { role: string; start: number } | null {
  // most places have no role's last character before them: answered without building the string
  let last = at - 1;
  while (last >= Math.max(0, at - 6) && /^\s$/u.test(chars[last]!)) last--;
  if (last < Math.max(0, at - 6) || !ROLE_LAST_CHARS.has(chars[last]!)) return null;
  const before = chars
    .slice(Math.max(0, at - 6), at)
    .join("")
    .trimEnd();
  const role = ROLES.find((r) => before.endsWith(r));
  if (role === undefined) return null;
  return { role, start: Math.max(0, at - 6) + Array.from(before).length - Array.from(role).length };
}

/**
 * Words before a role inside a clause that still make it a credit (`综合本报记者…报道`). Otherwise a
 * role inside a clause is the object of a verb (`会见记者时表示`, `记者来到老吴家时`), and what
 * follows it is a credit only if the tagger agrees.
 */
const CREDIT_LEADS = ["综合", "据"];

/** What may stand right before a role that opens a credit: a bracket, a space, a byline's marker. */
const CREDIT_OPENERS = "（( \u3000■●▲◆";

/**
 * Whether the role ending at `at` opens a credit: at the text's start, after a bracket or a space,
 * or after 综合. After a full stop or a comma a role is as often a sentence's subject (`，记者来到
 * 老吴家时，`), so there the names must be closed by what credits close with (摄, 报道), or the
 * tagger must agree.
 */
export function roleOpensCredit(chars: readonly string[], at: number): boolean {
  const found = roleBefore(chars, at);
  if (found === null) return false;
  const previous = chars[found.start - 1];
  if (previous === undefined || CREDIT_OPENERS.includes(previous)) return true;
  return CREDIT_LEADS.some((w) => chars.slice(Math.max(0, found.start - w.length), found.start).join("") === w);
}

/**
 * All readings of chars[start, end) as back-to-back names of two to four characters. `shaped` says
 * what a name is (after a reporter's role, `isCreditNameShaped`: 暨 starts a name there).
 */
export function nameRunSplits(
  chars: readonly string[],
  start: number,
  end: number,
  shaped: (name: readonly string[]) => boolean = isChineseNameShaped,
): number[][] {
  if (start === end) return [[]];
  const out: number[][] = [];
  for (let length = 2; length <= 4 && start + length <= end; length++) {
    if (!shaped(chars.slice(start, start + length))) continue;
    for (const rest of nameRunSplits(chars, start + length, end, shaped)) out.push([length, ...rest]);
  }
  return out;
}

export function creditRuns(chars: readonly string[]): CreditRun[] {
  const runs: CreditRun[] = [];
  const push = (start: number, end: number, afterRole: boolean, shaped = isChineseNameShaped): boolean => {
    if (end - start > MAX_CREDIT_RUN) return false;
    const splits = nameRunSplits(chars, start, end, shaped);
    if (splits.length > 0) runs.push({ start, end, splits, afterRole });
    return splits.length > 0;
  };
  for (let start = 0; start < chars.length; start++) {
    if (!isHan(chars[start]!) || !roleEndsAt(chars, start) || countedRoleBefore(chars, start) !== null) continue;
    const opens = roleOpensCredit(chars, start);
    // 记者赵国成、钱青报道: the names after a role run on over 、 to the word that closes them
    for (let at = start; ;) {
      let end = at;
      while (end < chars.length && isHan(chars[end]!) && !closesRun(chars, end) && end - at < MAX_CREDIT_RUN) end++;
      const closed =
        end === chars.length ||
        RUN_CLOSERS.includes(chars[end]!) ||
        REPORT_CLOSERS.some((w) => startsAt(chars, end, w));
      const names = end > at && closed && push(at, end, opens || closesRun(chars, end), isCreditNameShaped);
      start = end;
      if (!names || chars[end] !== "、") break;
      at = end + 1;
    }
  }
  for (const run of markedLine(chars)) push(run.start, run.end, true);
  // a closing bracket that is names and a credit mark (`（柯远宁小禾摄影报道）`): the names before the mark
  for (const bare of bareRuns(chars)) {
    if (runs.some((r) => r.start < bare.end && bare.start < r.end)) break;
    if (push(bare.start, bare.end, false)) break;
  }
  // a closing bracket of names joined by 、 and a mark (`（甲某、乙某整理）`): each name
  const listed = listedBracketRuns(chars);
  if (!listed.some((l) => runs.some((r) => r.start < l.end && l.start < r.end)))
    for (const run of listed) push(run.start, run.end, false);
  return runs;
}

/**
 * A paragraph that is only runs of names, each closed by a credit mark (`马力图苏平文`): the runs, or
 * none when the line does not read so. The first reading that reaches the line's end is taken.
 */
export function markedLine(chars: readonly string[]): { start: number; end: number }[] {
  if (chars.length > MAX_MARKED_LINE || !chars.every(isHan)) return [];
  const parse = (start: number): { start: number; end: number }[] | null => {
    if (start === chars.length) return [];
    for (let end = start + 2; end <= Math.min(chars.length, start + MAX_CREDIT_RUN); end++) {
      const rest = chars.slice(end).join("");
      const mark = CREDIT_MARKS.find((m) => rest.startsWith(m));
      if (mark === undefined || nameRunSplits(chars, start, end).length === 0) continue;
      const after = parse(end + mark.length);
      if (after !== null) return [{ start, end }, ...after];
    }
    return null;
  };
  return parse(0) ?? [];
}

/**
 * Marks that may close the names in a paragraph's closing bracket: the photos, the drawing, the
 * text, the notes written up (`（柯阳整理）` under a proposal, an interview).
 */
const BRACKET_MARKS = ["摄影报道", "采访整理", "摄影", "整理", "摄", "画", "图", "文"];

/**
 * A paragraph that is only Han characters, or that ends in brackets holding only Han characters:
 * the whole run, then (in brackets) the run before a credit mark that closes it. The whole is read
 * first, so a name ending in a mark's character (`（柯远文）`) stays whole when it reads as names.
 * Days 16–20 (model of days 1–15): the marks → F1 0.9488 → 0.9494 (TP +2, FP +0).
 */
function bareRuns(chars: readonly string[]): { start: number; end: number }[] {
  if (chars.length >= MIN_BARE_LINE && chars.length <= MAX_CREDIT_RUN && chars.every(isHan))
    return [{ start: 0, end: chars.length }];
  if (chars.at(-1) !== "）") return [];
  const open = chars.lastIndexOf("（");
  if (open < 0 || chars.length - 1 - (open + 1) < MIN_BRACKETED_RUN) return [];
  const inside = chars.slice(open + 1, -1);
  if (!inside.every(isHan)) return [];
  const end = chars.length - 1;
  const text = inside.join("");
  const mark = BRACKET_MARKS.find((m) => text.endsWith(m) && inside.length - m.length >= MIN_BRACKETED_RUN);
  return [{ start: open + 1, end }, ...(mark === undefined ? [] : [{ start: open + 1, end: end - mark.length }])];
}

/** Whether a name is followed by a photo credit mark (`梁宇摄`, `梁宇 摄影`). */
export function followedByPhotoCredit(chars: readonly string[], end: number): boolean {
  const next = chars
    .slice(end, end + 4)
    .join("")
    .trimStart();
  return next.startsWith("摄") && !/^摄(?:像|制|取|入|食|氏)/u.test(next);
}

import { BYLINE_MARKERS } from "@/text/byline-marker";
import { isHan, isSpace } from "@/text/char-class";
import { splitNameRun } from "./name-run";

/**
 * A byline line: `■ 通讯员 郑伟业`, `■通讯员戴柳君`, `■ 通讯员 黄林明 邱秋梅 陈土婵`,
 * `本报记者 张三 通讯员 李四`, `实习生 王五`. A line is a byline when it is made only of an
 * optional marker, reporter roles and names, and either has a marker, a space after the role, or
 * stands alone in its block (so that body text such as `记者从会上获悉` is not taken for one).
 */
/** Roles that introduce reporters, longest first so that `本报记者` wins over `记者`. */
export const REPORTER_ROLES = [
  "本报首席记者",
  "本报特约记者",
  "本报见习记者",
  "本报通讯员",
  "本报记者",
  "首席记者",
  "特约记者",
  "见习记者",
  "特约通讯员",
  "融媒体记者",
  "全媒体记者",
  "摄影记者",
  "通讯员",
  "实习生",
  "记者",
  "摄影",
  "文/图",
  "文／图",
] as const;
/** Longest name we accept in a byline, in characters (compound surname + two-character name). */
export const MAX_NAME_LENGTH = 4;

/**
 * Words that follow a reporter's role in a column's label (`记者手记`, `记者点评`, `记者观察`), not a
 * name. A list, not a surname test: credits name people of rare surnames (`（记者莽九晨）`).
 */
export const COLUMN_LABEL_WORDS: readonly string[] = ["手记", "点评", "观察", "调查", "札记", "随笔", "感言", "笔记"];

export interface BylineMatch {
  raw: string;
  reporters: string[];
}

/**
 * What a photographer's byline closes with (`本报记者  史家民摄`, `本报记者  施  芳  赵婀娜摄影报道`): what
 * the people did, not part of the last name. Longest first; `摄影` alone is also a role before names.
 */
export const CLOSING_CREDIT_MARKS = ["摄影报道", "摄影", "摄"] as const;
const CLOSING_MARK = new RegExp(`(?<=\\p{Script=Han})(?:${CLOSING_CREDIT_MARKS.join("|")})$`, "u");

const ROLE_PATTERN = new RegExp(`(${REPORTER_ROLES.map(escape).join("|")})`, "u");

function escape(s: string): string {
  return s.replace(/[/\\^$*+?.()|[\]{}]/g, "\\$&");
}

export function parseByline(text: string, aloneInBlock: boolean): BylineMatch | null {
  const raw = text.trim();
  let rest = raw;
  const hasMarker = rest.length > 0 && BYLINE_MARKERS.includes(rest[0]!);
  if (hasMarker) rest = rest.slice(1).trimStart();
  const first = ROLE_PATTERN.exec(rest);
  if (first === null || first.index !== 0) return null;
  const spacedAfterRole = isSpace(rest[first[0].length] ?? "");
  if (!hasMarker && !spacedAfterRole && !aloneInBlock) return null;
  const parts = rest
    .replace(CLOSING_MARK, "")
    .split(ROLE_PATTERN)
    .filter((part) => part.length > 0);
  const reporters: string[] = [];
  for (const part of parts) {
    if ((REPORTER_ROLES as readonly string[]).includes(part)) continue;
    const names = namesIn(part);
    if (names === null) return null;
    reporters.push(...names);
  }
  if (reporters.length === 0) return null;
  // a role with one of the labels' words glued to it is a column's label (`记者手记`, `■记者手记`)
  if (!spacedAfterRole && reporters.some((name) => COLUMN_LABEL_WORDS.includes(name))) return null;
  return { raw, reporters };
}

/**
 * The names in the text between two roles: separated by spaces or 、; single characters padded
 * with a space (`钟 晓`) pair up; a run without spaces longer than one name is split by surnames.
 */
function namesIn(part: string): string[] | null {
  const tokens = part.split(/[\s\u3000、，,]+/u).filter((t) => t.length > 0);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!Array.from(token).every((ch) => isHan(ch) || ch === "·")) return null;
    const next = tokens[i + 1];
    if (Array.from(token).length === 1 && next !== undefined && Array.from(next).length === 1) {
      names.push(token + next);
      i++;
      continue;
    }
    if (Array.from(token).length === 1) return null;
    if (Array.from(token).length <= MAX_NAME_LENGTH) names.push(token);
    else {
      const split = splitNameRun(token);
      if (split === null) return null;
      names.push(...split);
    }
  }
  return names;
}

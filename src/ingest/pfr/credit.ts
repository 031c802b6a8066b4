import type { Byline } from "@/bundle/schema";
import { datelineEnd } from "../parse/dateline";
import { groupNameTokens } from "./name-tokens";
import type { PfrToken } from "./pfr-line";

/**
 * Reporter credits, read off the tagged tokens (names are the `nr` tokens, so no guessing where a
 * name ends). Three places have them:
 *   a byline paragraph      `本报记者 李济国 贾建舟`, `本报驻美国记者 张亮`, `新华社记者 A 本报记者 B`
 *   an author line          a paragraph of one to MAX_AUTHOR_NAMES names right under the headline
 *   after a dateline        `新华社西宁１月２２日电（记者梁娟、侯德强）…`, `本报讯记者王力军报道：…`,
 *                           `本报北京１２月３１日讯记者陈陆军从广电部获悉：…` (the tags say where names end)
 * A photo credit (`新华社记者 X 摄`) is none of these: it ends in 摄, and is left in the text.
 */
export const REPORTER_ROLE = /(?:记者|通讯员|实习生)$/u;
/** Longest role we read before names (`本报驻委内瑞拉记者`, `中央人民广播电台记者`), in tokens. */
export const MAX_ROLE_TOKENS = 6;
/** Most names an author line may have: a longer run of bare names is a list (leaders at an event). */
export const MAX_AUTHOR_NAMES = 3;

const NAME_TAG = "nr";
/** Punctuation allowed inside a role: a paper's name (`《中国电力报》记者`). */
const ROLE_PUNCTUATION = new Set(["《", "》"]);
const NAME_SEPARATOR = "、";
/** Between one role's names and the next role: `记者温宪，新华社记者赵毅报道`. */
const GROUP_SEPARATORS = new Set(["、", "，"]);
/** A dateline may be quoted from the agency: `据新华社北京１月５日电`. */
const QUOTED_DATELINE = /^据/u;

interface Credit {
  reporters: string[];
  /** Index after the last token of the credit. */
  end: number;
}

/** A paragraph that is only a byline, or null. */
export function bylineParagraph(tokens: readonly PfrToken[]): Byline | null {
  const credit = readCredit(tokens, 0);
  if (credit === null || credit.end !== tokens.length) return null;
  return { raw: textOf(tokens, 0, tokens.length), reporters: credit.reporters };
}

/** A paragraph of bare names under the headline (a commentary's or an essay's author), or null. */
export function authorLine(tokens: readonly PfrToken[]): Byline | null {
  if (tokens.length === 0 || !tokens.every((t) => t.tag === NAME_TAG)) return null;
  const names = groupNameTokens(tokens.map((t) => t.word));
  if (names.length > MAX_AUTHOR_NAMES) return null;
  return { raw: textOf(tokens, 0, tokens.length), reporters: names };
}

/**
 * The credit right after a dateline: `（记者 A、B）` or `记者 A、B 报道`. `raw` is the credit as
 * printed; the paragraph keeps it, since the corpus prints dateline and credit as one sentence.
 */
export function creditAfterDateline(tokens: readonly PfrToken[]): Byline | null {
  const text = textOf(tokens, 0, tokens.length);
  const quoted = QUOTED_DATELINE.exec(text)?.[0].length ?? 0;
  const end = datelineEnd(text.slice(quoted));
  if (end === null) return null;
  const start = tokenAt(tokens, quoted + end);
  if (start === null) return null;
  if (tokens[start]?.word === "（") {
    const credit = readCredit(tokens, start + 1);
    if (credit === null || tokens[credit.end]?.word !== "）") return null;
    return { raw: textOf(tokens, start, credit.end + 1), reporters: credit.reporters };
  }
  const credit = readCredit(tokens, start);
  return credit === null ? null : { raw: textOf(tokens, start, credit.end), reporters: credit.reporters };
}

/** (role names (、 names)*)+ from `start`: the reporters, or null when no role and name follow. */
function readCredit(tokens: readonly PfrToken[], start: number): Credit | null {
  const reporters: string[] = [];
  let at = start;
  for (;;) {
    const from = reporters.length > 0 && GROUP_SEPARATORS.has(tokens[at]?.word ?? "") ? at + 1 : at;
    const roleEnd = readRole(tokens, from);
    if (roleEnd === null) break;
    const names = readNames(tokens, roleEnd);
    reporters.push(...names.reporters);
    at = names.end;
  }
  return reporters.length === 0 ? null : { reporters, end: at };
}

/** The index of the first name after a role that starts at `start`, or null. */
function readRole(tokens: readonly PfrToken[], start: number): number | null {
  let text = "";
  for (let i = start; i < tokens.length && i < start + MAX_ROLE_TOKENS; i++) {
    const token = tokens[i]!;
    if (token.tag === NAME_TAG || (token.tag === "w" && !ROLE_PUNCTUATION.has(token.word))) return null;
    text += token.word;
    if (REPORTER_ROLE.test(text) && tokens[i + 1]?.tag === NAME_TAG) return i + 1;
  }
  return null;
}

/** Name runs separated by 、 from `start` (which is a name token). */
function readNames(tokens: readonly PfrToken[], start: number): Credit {
  const reporters: string[] = [];
  let at = start;
  while (tokens[at]?.tag === NAME_TAG) {
    const run: string[] = [];
    while (tokens[at]?.tag === NAME_TAG) run.push(tokens[at++]!.word);
    reporters.push(...groupNameTokens(run));
    if (tokens[at]?.word === NAME_SEPARATOR && tokens[at + 1]?.tag === NAME_TAG) at++;
  }
  return { reporters, end: at };
}

function textOf(tokens: readonly PfrToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.word)
    .join("");
}

/** The index of the token that starts at character `offset`, or null when a token straddles it. */
function tokenAt(tokens: readonly PfrToken[], offset: number): number | null {
  let chars = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (chars === offset) return i;
    if (chars > offset || i === tokens.length) return null;
    chars += tokens[i]!.word.length;
  }
  return null;
}

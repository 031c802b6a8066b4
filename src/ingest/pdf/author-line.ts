import type { BylineMatch } from "../parse/byline";
import { parseByline } from "../parse/byline";

/**
 * An article's credit line under its headline: a byline (`■ 通讯员 梁宇`, `本报记者 张三`) as the
 * text parser reads it, or a commentary's author line, just the name (`陈 曙 光`, set spaced out,
 * often in 楷体 and vertical beside a vertical headline).
 */
/** An author line is a name: 2 to this many Han characters (spaces and · aside). */
export const MAX_AUTHOR_CHARS = 5;

export function authorLine(text: string): BylineMatch | null {
  const byline = parseByline(text, true);
  if (byline !== null) return byline;
  const name = text.replace(/[\s\u3000]+/gu, "");
  if (new RegExp(`^[\\p{Script=Han}·]{2,${MAX_AUTHOR_CHARS}}$`, "u").test(name))
    return { raw: text.trim(), reporters: [name] };
  return null;
}

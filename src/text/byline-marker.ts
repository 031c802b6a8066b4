/** Marks some pages print before a byline (`■ 通讯员 郑伟业`). Shared by the parser and the app. */
export const BYLINE_MARKERS = "■□▲△◆◇●○★☆▶►";

const LEADING_MARKER = new RegExp(`^[${BYLINE_MARKERS}]\\s*`, "u");

/** A byline as it reads without its marker: `■ 通讯员 郑伟业` → `通讯员 郑伟业`. */
export function withoutBylineMarker(raw: string): string {
  return raw.replace(LEADING_MARKER, "").trim();
}

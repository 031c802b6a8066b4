/**
 * A name printed as the first part of an institution's or a term's name is not a person there:
 * `孔子学院`, `塞万提斯国际艺术节`, `诺贝尔奖`. The tagger reads the name alone and
 * takes it (audit4, scripts/people/README.md session 33 eighth part). Such a name is dropped when
 * every occurrence of it in the article runs straight into one of these heads; one occurrence elsewhere
 * (`孔子说`) keeps it, so a person who also names a prize or a school stays. PFR counts a name inside
 * such a compound as optional (persons_in_compound), so dropping it there costs nothing; but PFR tags
 * `恩格尔系数` unbracketed once (19980108) with 恩格尔 a person, so 系数 is no head here (audit4's 恩格尔 stays).
 */
/** Heads that make the word before them part of an institution's or a term's name (longest first). */
export const TERM_HEADS = [
  "国际艺术节",
  "艺术节",
  "电影节",
  "音乐节",
  "基金会",
  "研究院",
  "研究所",
  "纪念馆",
  "纪念碑",
  "学院",
  "学堂",
  // a school's classroom named after a figure (`柯子课堂`: dev5, issue 14)
  "课堂",
  "定律",
  "定理",
  "效应",
  "主义",
  "学说",
  "奖章",
  "奖杯",
  "杯赛",
  "奖",
] as const;

/** Whether `chars` at `end` (just after a name) start one of the heads. */
export function isFollowedByTermHead(chars: readonly string[], end: number): boolean {
  return TERM_HEADS.some((head) => Array.from(head).every((c, k) => chars[end + k] === c));
}

/** The names among `names` all of whose occurrences in the texts run into a head. */
export function namesOnlyBeforeTermHeads(texts: readonly (readonly string[])[], names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const word = Array.from(name);
    let headed = false;
    let free = false;
    for (const chars of texts)
      for (let i = 0; i + word.length <= chars.length; i++) {
        if (word.some((c, k) => chars[i + k] !== c)) continue;
        if (isFollowedByTermHead(chars, i + word.length)) headed = true;
        else free = true;
      }
    if (headed && !free) out.add(name);
  }
  return out;
}

import { SPEECH_VERBS } from "./speech-verbs";

/**
 * A deputy's or member's title written after the name (`传化集团董事长徐冠巨代表说`, `…县长马空代表：`,
 * `张三委员建议`), as the paper writes the people's congress and CPPCC members in its session
 * reports. 代表 after a name is as often the verb "represents" (`张三代表公司发言`), so the title is
 * read only where nothing follows that the verb would take: punctuation, the end of the text, or a
 * verb of saying or of coming from (`代表来自…`).
 */
export const DEPUTY_TITLES: readonly string[] = ["代表", "委员"];
/**
 * What may follow the title: the clause ends, or the deputy speaks or is introduced; a dash opens
 * what a headline says of the deputy (`栗晓红委员——传承晋剧`; session 33, rmrb20 roles audit).
 */
export const AFTER_DEPUTY_PUNCTUATION = "，。：:；、！？）”—";
export const AFTER_DEPUTY_VERBS: readonly string[] = [...SPEECH_VERBS, "来自"];

/** The deputy title right after a name ending at `nameEnd`, or null. */
export function deputyTitleAfter(chars: readonly string[], nameEnd: number): string | null {
  for (const title of DEPUTY_TITLES) {
    const length = Array.from(title).length;
    if (chars.slice(nameEnd, nameEnd + length).join("") !== title) continue;
    const next = nameEnd + length;
    if (next >= chars.length || AFTER_DEPUTY_PUNCTUATION.includes(chars[next]!)) return title;
    const rest = chars.slice(next, next + 6).join("");
    if (AFTER_DEPUTY_VERBS.some((v) => rest.startsWith(v))) return title;
  }
  return null;
}

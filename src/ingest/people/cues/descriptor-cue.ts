import { DESCRIPTORS } from "./speech-verbs";

/**
 * A word saying what someone is, written right before the name (护士韩雪, 导演张艺谋, 选手王楠), or
 * the part they had in a work (作词柳风, 编曲丁豆豆): a name slot as a title is. The words are the
 * support check's descriptors and the credits of a song or a show.
 */
export const WORK_CREDITS: readonly string[] = ["作词", "作曲", "编曲", "演唱", "主演", "监制", "出品人", "社工"];
const WORDS = [...DESCRIPTORS, ...WORK_CREDITS];

/** Whether a descriptor ends at `at` (and so a name may start there). */
export function descriptorEndsAt(chars: readonly string[], at: number): boolean {
  const before = chars.slice(Math.max(0, at - 4), at).join("");
  return WORDS.some((w) => before.endsWith(w));
}

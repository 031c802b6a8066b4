import { DESCRIPTORS } from "./speech-verbs";

/**
 * A word saying what someone is, written right before the name (护士韩雪, 导演张艺谋, 选手王楠), or
 * the part they had in a work (作词柳风, 编曲丁豆豆): a name slot as a title is. The words are the
 * support check's descriptors and the credits of a song or a show.
 */
export const WORK_CREDITS: readonly string[] = ["作词", "作曲", "编曲", "演唱", "主演", "监制", "出品人", "社工"];
/** How many characters before a name slot a descriptor may take (longer words never match). */
const WINDOW = 4;
/** The words as characters: compared in place, where slicing and joining the window at every position made garbage. */
const WORDS = [...DESCRIPTORS, ...WORK_CREDITS].map((w) => Array.from(w)).filter((w) => w.length <= WINDOW);

/** The words' last characters. */
const LAST_CHARS: ReadonlySet<string> = new Set(WORDS.map((w) => w[w.length - 1]!));

/** Whether a descriptor ends at `at` (and so a name may start there). */
export function descriptorEndsAt(chars: readonly string[], at: number): boolean {
  // one set lookup answers most positions: a word can only end where its last character stands
  const last = at > 0 ? chars[at - 1] : undefined;
  if (last === undefined || !LAST_CHARS.has(last)) return false;
  return WORDS.some((w) => endsWith(chars, at, w));
}

/** Whether `chars` before `at`, within the window, end with the word's characters. */
function endsWith(chars: readonly string[], at: number, word: readonly string[]): boolean {
  if (word.length > Math.min(WINDOW, at)) return false;
  for (let k = 0; k < word.length; k++) if (chars[at - word.length + k] !== word[k]) return false;
  return true;
}

import { WORDS_STARTING_WITH_PARTICLE } from "./aspect-particle";

/**
 * The tail of a verb phrase kept in front of the role read back from a name (session 40, rmrb60:
 * dev10–11's `跑到村第一书记`, `寻到…大学荣休…教授`, `着丈夫`, `随…项目组组长`, `还有小说作者`). The reader
 * stops at a function character or a clause's start, and what it keeps may open with the end of the
 * verb that governs the person: such words say what someone did, never what the person is.
 * - a one-character verb of motion or seeking with its result complement 到 (跑到, 寻到, 找到): the
 *   role starts after the last such 到 (`RESULT_VERBS`; 派到, 调到 are left, as a posting is part of a
 *   description: `派到村里的干部`);
 * - the aspect particle 着 left in front (`跟|着丈夫`: 跟 stopped the reading), 着 only as a particle (not
 *   着陆, 着力 …); 随 only after a verb it ends (跟随, 伴随, 追随: `VERBS_BEFORE_SUI`), as 随军家属 is a role;
 * - 还有 (there is also) opening the role: no title starts with it.
 * General words of the language, not of the corpus. What is left must still be a role (`MIN_ROLE_LEFT`).
 */
/** One-character verbs of motion or seeking whose result complement 到 ends what someone did. */
export const RESULT_VERBS = "跑走赶寻找送遇见看听搬";
/** The result complement. */
export const RESULT_COMPLEMENT = "到";
/** The aspect particle. */
export const ASPECT_PARTICLE = "着";
/** The second character of a verb (跟随, 伴随, 追随, 尾随) left at the role's front. */
export const SUI = "随";
/** First characters of the verbs 随 ends. */
export const VERBS_BEFORE_SUI = "跟伴追尾";
/** A verb phrase opening a clause, never a role: there is also. */
export const EXISTENTIAL_OPENER = "还有";
/** Shortest role left after the cut: a two-character post or description (村民, 丈夫). */
export const MIN_ROLE_LEFT = 2;

/** `role`, the role that ends right before `end` in `chars`, without the verb phrase's tail in front. */
export function withoutVerbPhraseFront(chars: readonly string[], end: number, role: string): string {
  const letters = Array.from(role);
  const start = end - letters.length;
  let cut = 0;
  // cheap checks first: the role's first character, then one pass for 到
  const first = letters[0];
  if (role.startsWith(EXISTENTIAL_OPENER)) cut = Array.from(EXISTENTIAL_OPENER).length;
  else if (first === ASPECT_PARTICLE && !WORDS_STARTING_WITH_PARTICLE.includes(`${first}${letters[1] ?? ""}`)) cut = 1;
  else if (first === SUI && VERBS_BEFORE_SUI.includes(chars[start - 1] ?? "\n")) cut = 1;
  for (let at = letters.length - MIN_ROLE_LEFT - 1; at > cut; at--) {
    if (letters[at] === RESULT_COMPLEMENT && RESULT_VERBS.includes(letters[at - 1]!)) {
      cut = at + 1;
      break;
    }
  }
  return cut === 0 || letters.length - cut < MIN_ROLE_LEFT ? role : letters.slice(cut).join("");
}

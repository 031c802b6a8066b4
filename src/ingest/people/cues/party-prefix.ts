import { isBoundaryChar } from "./boundaries";

/**
 * The party's name before a party committee's title (`中共陕西省委书记`, `中共平安县委书记`): the
 * title parser reads the committee from its place, and the place from a known place or an admin
 * level, so 中共 in front was dropped (`陕西省委书记`), and with a place it does not know, the place
 * too (`县委书记`). A title that starts at most `MAX_PLACE_AFTER_PARTY` characters after 中共, with
 * nothing between but Han characters, starts at 中共.
 */
export const PARTY_PREFIX = "中共";
/** Longest place name between 中共 and where the parser started the title (黑龙江省: 4). */
export const MAX_PLACE_AFTER_PARTY = 4;

/** Where a title starting at `start` starts with the party's name before it, or null. */
export function partyPrefixStart(chars: readonly string[], start: number): number | null {
  for (let gap = 0; gap <= MAX_PLACE_AFTER_PARTY; gap++) {
    const at = start - gap - 2;
    if (at < 0) return null;
    if (gap > 0 && isBoundaryChar(chars[start - gap])) return null;
    if (chars[at] === "中" && chars[at + 1] === "共") return at;
  }
  return null;
}

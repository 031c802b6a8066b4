import { listsOf, type ListItem } from "./list-items";

/**
 * The items of a 、 list that the text then calls places: `修通了甲坪、乙湾、丙岗等乡的公路`,
 * `游客常去甲溪、乙沙、丙岛等地`. The tagger reads each short item alone and takes the
 * name-shaped ones for names; the 等 + a place's kind after the last item says what they all are.
 * On the four folds of dev (scripts/people/README.md, session 36) the false names the path held
 * and kept that stood so were 6, all in fold 2, and no true name.
 *
 * `PLACE_KINDS`: the kind of place after 等 (等村, 等地, 等县 …), unless the character after it
 * makes a person or another word of it (`等村民`, `等县长`, `等地委书记`, `等国际友人`:
 * `PERSON_AFTER_KIND`; rmrb dev1 lost two guests of a `…、某某等国际…人士` list to 国 alone).
 */
export const PLACE_KINDS = "地村县乡镇市省国";
/**
 * What turns a place's kind into a person, a body of people or another word: 村民, 县长, 地委,
 * 国王, 国人, 村干部, 乡亲, 国际.
 */
export const PERSON_AFTER_KIND = "民长委王人干亲际";
/** The word between the last item and the place's kind. */
const ETC = "等";

/**
 * The mentions of `mentions` that are items of such a list: the span of a mention that ends an item
 * (the first item may hold the clause before it: `…九湖镇的甲坂`).
 */
export function placeListTailItems<T extends ListItem>(chars: readonly string[], mentions: readonly T[]): T[] {
  const found: T[] = [];
  for (const items of listsOf(chars)) {
    const last = items.at(-1)!;
    if (chars[last.end] !== ETC || !PLACE_KINDS.includes(chars[last.end + 1] ?? "-")) continue;
    if (PERSON_AFTER_KIND.includes(chars[last.end + 2] ?? "-")) continue;
    for (const item of items)
      found.push(...mentions.filter((m) => m.end === item.end && m.start >= item.start && !found.includes(m)));
  }
  return found;
}

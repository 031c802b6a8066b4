import { listsOf, type ListItem } from "./list-items";

/**
 * The items of a 、 list that the text then calls sites or buildings: `以甲家山、乙峰塔等贵族墓葬
 * 的发掘为中心`, `有甲斋祠、乙书第、丙秀坊等建筑`. The tagger reads each short item alone and takes
 * the name-shaped ones for names (a surname and two characters); the 等 and a site's kind a few
 * characters after it say what they all are, as place-list-tail.ts reads `等村`, `等地`.
 * rmrb-web dev10: 叶家山, 文峰塔, 韦斋祠.
 *
 * `SITE_KINDS`: a site's or a building's kind. No kind that holds people or is named after one:
 * 故居 and 纪念馆 follow people (`鲁迅、茅盾等名人故居`), so they are not here.
 */
export const SITE_KINDS = ["墓葬", "墓地", "遗址", "建筑", "景点", "景观", "古迹", "寺庙", "园林", "名胜", "古村"];
/** At most this many characters between 等 and the kind: a modifier (`等贵族墓葬`, `等人文景观`). */
export const MAX_KIND_MODIFIER = 2;
/** The word between the last item and the kind. */
const ETC = "等";

/** The mentions of `mentions` that end an item of such a list. */
export function siteListTailItems<T extends ListItem>(chars: readonly string[], mentions: readonly T[]): T[] {
  const found: T[] = [];
  for (const items of listsOf(chars)) {
    const last = items.at(-1)!;
    if (chars[last.end] !== ETC || !kindFollows(chars, last.end + 1)) continue;
    for (const item of items)
      found.push(...mentions.filter((m) => m.end === item.end && m.start >= item.start && !found.includes(m)));
  }
  return found;
}

/** Whether a site's kind starts within `MAX_KIND_MODIFIER` characters of `at`. */
function kindFollows(chars: readonly string[], at: number): boolean {
  const text = chars.slice(at, at + MAX_KIND_MODIFIER + 2).join("");
  return SITE_KINDS.some((kind) => {
    const k = text.indexOf(kind);
    return k >= 0 && k <= MAX_KIND_MODIFIER && !/[，。；：！？、]/u.test(text.slice(0, k));
  });
}

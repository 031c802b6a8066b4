import { candidateLengths, isChineseNameShaped } from "./name-shape";

/**
 * A pair of players set with a slash (`组合柯南山/宁禾获得女双冠军`, `其中周远/林小禾获第十名`): the
 * sports pages' doubles, pairs and crews. Where one side is a name, the other is the partner: the
 * slash sets side by side only like with like, and between two pieces of a name it stands only in
 * units (微克/立方米) and pairs of words (医院/科室), where no name is found to vouch. The tagger
 * still says how long the partner is, among the name-shaped spans touching the slash. Found on dev9
 * (session 41, rmrb61: a bobsleigh pair whose pilot the tagger missed); the pool's slashed pairs
 * are nearly all doubles of badminton, tennis, table tennis, diving and figure skating.
 */
export const PAIR_SLASHES = "/／";

export interface SlashItem {
  start: number;
  end: number;
}

/**
 * Name-shaped spans on the other side of a slash from the name at [start, end), either side. Only a
 * Chinese name vouches so: beside a foreign one (`莫里·塔沃斯/马里纳诺`) the partner is foreign too,
 * and a surname-led piece of it (马里纳) is no name.
 */
export function slashPartnerCandidates(chars: readonly string[], name: SlashItem): SlashItem[] {
  const out: SlashItem[] = [];
  if (!isChineseNameShaped(chars.slice(name.start, name.end))) return out;
  if (PAIR_SLASHES.includes(chars[name.end] ?? "\n")) {
    for (const length of candidateLengths(chars, name.end + 1))
      out.push({ start: name.end + 1, end: name.end + 1 + length });
  }
  if (PAIR_SLASHES.includes(chars[name.start - 1] ?? "\n")) {
    const end = name.start - 1;
    for (let length = 2; length <= 4 && end - length >= 0; length++) {
      if (isChineseNameShaped(chars.slice(end - length, end))) out.push({ start: end - length, end });
    }
  }
  return out;
}

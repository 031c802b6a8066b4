import type { SearchDoc } from "@/bundle/search-schema";
import { mulberry32 } from "../seeded-random";

/**
 * A small generated corpus for tests: a few hundred documents over a mixed alphabet (simplified
 * and traditional forms, full-width and ASCII digits, Latin, punctuation), so that random
 * substrings exercise folding, single characters and bigrams that occur apart but not together.
 */

const ALPHABET = Array.from("乡村振兴鄉興发展發会议會議中国國人民茂南区委书记的一是在了有和１２３123ABcd，。、“”·");
export const NAMES = ["廖述毅", "吕国记", "单雄信", "何龙江", "黄蓉"];

export function generateCorpus(count: number, seed = 1): SearchDoc[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const text = (min: number, max: number): string =>
    Array.from({ length: min + Math.floor(random() * (max - min)) }, () => pick(ALPHABET)).join("");
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const paper = random() < 0.7 ? "maonan" : "other";
    const date = `2023-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 10)}`;
    const page = 1 + Math.floor(random() * 4);
    const people = random() < 0.3 ? [pick(NAMES)] : [];
    docs.push({
      key: `${paper}/${date}/${page}-${i}`,
      date,
      paper,
      page,
      title: text(4, 12) + (people.length > 0 && random() < 0.3 ? people[0] : ""),
      subtitles: random() < 0.2 ? [text(3, 8)] : [],
      byline: random() < 0.5 ? `记者 ${pick(NAMES)}` : null,
      paragraphs: Array.from({ length: 1 + Math.floor(random() * 3) }, () => text(10, 60)),
      caption: random() < 0.1 ? text(5, 15) : null,
      people,
    });
  }
  return docs;
}

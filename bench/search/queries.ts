import type { SearchDoc } from "@/bundle/search-schema";
import { searchableText } from "@/search/searchable-text";
import { seeded } from "./random";
import type { Truth } from "./truth";

/**
 * The benchmark's 200 queries, drawn from the corpus at hand: words of the seed page (and a few
 * single characters), two-word queries, random 2–4 character substrings of documents, and words
 * that occur nowhere (checked against the brute-force scan).
 */
export interface BenchQuery {
  kind: "seed word" | "two words" | "substring" | "absent";
  text: string;
}

/** Words from the seed page's articles, and single characters, common and rare. */
const SEED_WORDS = [
  "茂南",
  "乡村振兴",
  "对口合作",
  "座谈会",
  "巡察",
  "篮球赛",
  "常委会",
  "侨联",
  "区委书记",
  "高质量发展",
  "东西部协作",
  "粤桂",
  "金秀",
  "干部",
  "调研",
  "党组",
  "民政局",
  "合作交流",
  "粮丰园",
  "考察团",
  "铁力市",
  "乌翠区",
  "伊春市",
  "签约",
  "产业园",
  "旅游",
  "医疗",
  "经贸",
  "工作会议",
  "党的建设",
  "会议强调",
  "一报告两评议",
  "油城墟",
  "化州市",
  "华侨华人",
  "基层",
  "落实",
  "发展",
  "主持",
  "召开",
  "鄉村振興",
  "會議",
  "２０２３",
  "2023年",
  "的",
  "茂",
  "侨",
  "墟",
  "赋",
  "龙",
];
const COUNTS = { seed: 50, twoWords: 40, substring: 70, absent: 40 } as const;

export function benchQueries(docs: readonly SearchDoc[], truth: Truth, seed = 5): BenchQuery[] {
  const random = seeded(seed);
  const queries: BenchQuery[] = SEED_WORDS.slice(0, COUNTS.seed).map((text) => ({ kind: "seed word", text }));
  const substring = (min: number, max: number): string => {
    for (;;) {
      const text = searchableText(random.pick(docs));
      const length = min + random.int(max - min + 1);
      const at = random.int(Math.max(1, text.length - length));
      const s = text.slice(at, at + length);
      // Whitespace would split it into words and punctuation edges are trimmed: draw again.
      if (/^[\p{L}\p{N}][^\s]*[\p{L}\p{N}]$/u.test(s)) return s;
    }
  };
  for (let i = 0; i < COUNTS.twoWords; i++)
    queries.push({ kind: "two words", text: `${substring(2, 3)} ${substring(2, 3)}` });
  for (let i = 0; i < COUNTS.substring; i++) queries.push({ kind: "substring", text: substring(2, 4) });
  for (let tries = 0; queries.filter((q) => q.kind === "absent").length < COUNTS.absent && tries < 2000; tries++) {
    // A real word with one character swapped for another of the corpus: plausible, usually absent.
    const chars = Array.from(substring(3, 4));
    chars[random.int(chars.length)] = random.pick(Array.from(substring(2, 2)));
    const text = chars.join("");
    if (truth.keys(text).length === 0) queries.push({ kind: "absent", text });
  }
  return queries;
}

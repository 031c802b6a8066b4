import { readFileSync } from "node:fs";
import type { SearchDoc } from "@/bundle/search-schema";
import { parsePage } from "@/ingest/parse/parse-page";
import { SINGLE_SURNAMES } from "@/text/surnames";
import { seeded, type Random } from "./random";

/**
 * Synthetic articles from the seed page's sentences, with names, places and numbers perturbed so
 * that the vocabulary grows with the corpus the way a real archive's does (new people and places
 * every issue). Issues of ~96 articles (8 pages × 12), newest 2023-02-26, going back a day each.
 */
const SEED = new URL("../../fixtures/seed/source.txt", import.meta.url);
const ARTICLES_PER_PAGE = 12;
const PAGES_PER_ISSUE = 8;
/** Given-name characters: common ones, so generated names look like names. */
const GIVEN = Array.from(
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文辉玲春梅海燕云飞龙鹏宇浩然子涵欣怡梓轩晨阳佳琪思远俊杰嘉豪雨萱晓东振华立新国庆卫东永红学军德胜宏伟",
);
const PLACE = Array.from("东西南北中新安平和兴宁永丰福华金石山河湖江海林松桃李清源泉云龙凤鹤白沙岭坪塘湾洲");
const PLACE_SUFFIX = /([\u4e00-\u9fff]{2})(市|区|县|镇|村)/gu;
const NAME_AFTER_ROLE =
  /(书记|区长|市长|主任|局长|镇长|部长|主席|记者|通讯员|同志)([\u4e00-\u9fff]{2,3})(?=[，、；。（）\s])/gu;

interface SeedPool {
  titles: string[];
  sentences: string[];
}

function seedPool(): SeedPool {
  const page = parsePage(readFileSync(SEED, "utf8"));
  const sentences = page.articles.flatMap((a) =>
    a.paragraphs.flatMap((p) => p.match(/[^。！？；]+[。！？；]?/gu) ?? []),
  );
  return { titles: page.articles.flatMap((a) => [a.title, ...a.subtitles]), sentences };
}

function personName(random: Random, surnames: readonly string[]): string {
  const given = random.next() < 0.7 ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(surnames) + given;
}

function perturb(text: string, random: Random, surnames: readonly string[], people: Set<string>): string {
  return text
    .replace(/\d+/gu, (digits) => String(random.int(10 ** Math.min(digits.length, 6))))
    .replace(PLACE_SUFFIX, (whole, _stem: string, suffix: string) =>
      random.next() < 0.5 ? whole : random.pick(PLACE) + random.pick(PLACE) + suffix,
    )
    .replace(NAME_AFTER_ROLE, (_whole, role: string) => {
      const name = personName(random, surnames);
      people.add(name);
      return role + name;
    });
}

function isoDay(daysBefore: number): string {
  return new Date(Date.UTC(2023, 1, 26) - daysBefore * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticCorpus(count: number, seed = 1998): SearchDoc[] {
  const random = seeded(seed);
  const pool = seedPool();
  const surnames = [...SINGLE_SURNAMES];
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const issue = Math.floor(i / (ARTICLES_PER_PAGE * PAGES_PER_ISSUE));
    const inIssue = i % (ARTICLES_PER_PAGE * PAGES_PER_ISSUE);
    const page = 1 + Math.floor(inIssue / ARTICLES_PER_PAGE);
    const date = isoDay(issue);
    const people = new Set<string>();
    const paragraphs = Array.from({ length: 2 + random.int(5) }, () =>
      Array.from({ length: 1 + random.int(4) }, () =>
        perturb(random.pick(pool.sentences), random, surnames, people),
      ).join(""),
    );
    const reporter = personName(random, surnames);
    docs.push({
      key: `maonan/${date}/${page}-${(inIssue % ARTICLES_PER_PAGE) + 1}`,
      date,
      paper: "maonan",
      page,
      title: perturb(random.pick(pool.titles), random, surnames, people),
      subtitles: random.next() < 0.2 ? [perturb(random.pick(pool.titles), random, surnames, people)] : [],
      byline: `■ 记者 ${reporter}`,
      paragraphs,
      caption: null,
      people: [reporter, ...people],
    });
  }
  return docs;
}

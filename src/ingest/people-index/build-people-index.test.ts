import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type Article, type Issue } from "@/bundle/schema";
import { buildPeopleIndex, TOGETHER_MAX_NAMES } from "./build-people-index";

const article = (seq: number, title: string, paragraphs: string[], people: Article["people"]): Article => ({
  id: `1-${seq}`,
  seq,
  title,
  subtitles: [],
  byline: null,
  paragraphs,
  caption: null,
  people,
  sourceLines: [1, 2],
});
const issue = (date: string, articles: Article[]): Issue => ({
  type: "folio/issue",
  version: BUNDLE_VERSION,
  paper: { id: "maonan", name: "茂南区新闻", nameNote: null },
  date,
  dateApproximate: false,
  dateNote: null,
  pages: [{ no: 1, name: null, articles, unassigned: [] }],
});

describe("buildPeopleIndex", () => {
  const { people, details } = buildPeopleIndex([
    issue("2023-02-20", [article(1, "旧闻", ["区长廖述毅出席。"], [{ name: "廖述毅", roles: ["区长"] }])]),
    issue("2023-02-26", [
      article(
        1,
        "新闻",
        ["区委书记廖述毅与曾梅青出席。"],
        [
          { name: "廖述毅", roles: ["区委书记"] },
          { name: "曾梅青", roles: [] },
        ],
      ),
    ]),
  ]);

  it("lists everyone in pinyin order with their latest title and article count", () => {
    expect(people).toEqual([
      { name: "廖述毅", pinyin: "liao shu yi", initials: "lsy", letter: "L", latestRole: "区委书记", articleCount: 2 },
      { name: "曾梅青", pinyin: "zeng mei qing", initials: "zmq", letter: "Z", latestRole: null, articleCount: 1 },
    ]);
  });

  it("keeps each person's mentions newest first, with the sentence and the name's place in it", () => {
    const liao = details.find((p) => p.name === "廖述毅")!;
    expect([liao.articleCount, liao.letter, liao.pinyin, liao.latestRole]).toEqual([2, "L", "liao shu yi", "区委书记"]);
    expect(liao.mentions.map((m) => [m.date, m.roles, m.sentence])).toEqual([
      ["2023-02-26", ["区委书记"], "区委书记廖述毅与曾梅青出席。"],
      ["2023-02-20", ["区长"], "区长廖述毅出席。"],
    ]);
    expect(liao.mentions[0]!.highlights).toEqual([[4, 7]]);
    expect(liao.together).toEqual([{ name: "曾梅青", articles: 1 }]);
  });
});

describe("a mention's sentence", () => {
  it("is the kicker's for a name only the kicker gives, and a padded name is marked as printed", () => {
    const withKicker: Article = {
      ...article(
        1,
        "读书会",
        ["本报记者 唐\u3000敏", "村里的读书会已经十年了。"],
        [
          { name: "唐敏", roles: ["reporter"] },
          { name: "何秀兰", roles: [] },
        ],
      ),
      kicker: "何秀兰的读书会",
    };
    const { details } = buildPeopleIndex([issue("2023-03-01", [withKicker])]);
    expect(details.map((p) => [p.name, p.mentions[0]!.sentence, p.mentions[0]!.highlights])).toEqual([
      ["唐敏", "本报记者 唐\u3000敏", [[5, 8]]],
      ["何秀兰", "何秀兰的读书会", [[0, 3]]],
    ]);
  });
});

describe("one name, more than one person", () => {
  const { people, details } = buildPeopleIndex([
    issue("2023-03-01", [
      article(1, "村里", ["平安县红星村党支部书记王刚说。"], [{ name: "王刚", roles: ["平安县红星村党支部书记"] }]),
      article(2, "县里", ["县卫生健康局局长李华出席。"], [{ name: "李华", roles: ["县卫生健康局局长"] }]),
    ]),
    issue("2023-02-01", [
      article(1, "省里", ["甘肃省副省长王刚出席。"], [{ name: "王刚", roles: ["甘肃省副省长"] }]),
      article(2, "又一篇", ["王刚出席。"], [{ name: "王刚", roles: [] }]),
      article(3, "县里", ["平安县卫生健康局局长李华出席。"], [{ name: "李华", roles: ["平安县卫生健康局局长"] }]),
    ]),
    issue("2001-05-01", [article(1, "旧闻", ["本报记者王刚"], [{ name: "王刚", roles: ["reporter"] }])]),
    issue("2001-04-01", [
      article(1, "报社", ["茂南区新闻社副总编辑王刚"], [{ name: "王刚", roles: ["茂南区新闻社副总编辑"] }]),
    ]),
  ]);

  it("lists the name once, and in its details each person with where their titles put them", () => {
    expect(people.filter((p) => p.name === "王刚")).toHaveLength(1);
    const wang = details.find((p) => p.name === "王刚")!;
    expect(wang.articleCount).toBe(5);
    // The paper's reporter and its deputy editor are one person (the paper's own people).
    expect(wang.namesakes).toEqual([
      { where: ["茂南区新闻"], articleCount: 2 },
      { where: ["平安县", "红星村"], articleCount: 1 },
      { where: ["甘肃省"], articleCount: 1 },
    ]);
    expect(wang.mentions.map((m) => [m.title, m.person])).toEqual([
      ["村里", 1],
      ["省里", 2],
      ["又一篇", undefined],
      ["旧闻", 0],
      ["报社", 0],
    ]);
  });

  it("gives one person's titles one form across articles, and no namesakes to a name of one place", () => {
    const li = details.find((p) => p.name === "李华")!;
    expect(li.mentions.map((m) => m.roles)).toEqual([["平安县卫生健康局局长"], ["平安县卫生健康局局长"]]);
    expect(li.namesakes).toBeUndefined();
    expect(li.mentions.every((m) => !("person" in m))).toBe(true);
  });
});

describe("a person in the news every day", () => {
  it("keeps the newest MENTIONS_LIMIT mentions and counts them all", async () => {
    const { MENTIONS_LIMIT } = await import("./build-people-index");
    const days = Array.from({ length: MENTIONS_LIMIT + 20 }, (_, i) =>
      issue(new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), [
        article(1, "新闻", ["区长廖述毅出席。"], [{ name: "廖述毅", roles: ["区长"] }]),
      ]),
    );
    const [liao] = buildPeopleIndex(days).details;
    expect(liao!.articleCount).toBe(MENTIONS_LIMIT + 20);
    expect(liao!.mentions).toHaveLength(MENTIONS_LIMIT);
    expect(liao!.mentions[0]!.date).toBe(days.at(-1)!.date);
  });
});

describe("topByCount", () => {
  it("keeps the highest counts, ties in code point order", async () => {
    const { topByCount } = await import("./build-people-index");
    const counts = new Map([
      ["丙", 2],
      ["甲", 5],
      ["乙", 2],
      ["丁", 1],
      ["戊", 7],
    ]);
    expect(topByCount(counts, 3)).toEqual([
      ["戊", 7],
      ["甲", 5],
      ["丙", 2],
    ]);
    expect(topByCount(counts, 10)).toHaveLength(5);
  });
});

describe("mentioned together", () => {
  it("counts the people of an article together, but not those of a list longer than TOGETHER_MAX_NAMES", () => {
    const names = Array.from({ length: TOGETHER_MAX_NAMES + 1 }, (_, i) => `王${String.fromCodePoint(0x4e00 + i)}明`);
    const { details } = buildPeopleIndex([
      issue("2023-02-20", [
        article(
          1,
          "会议",
          ["廖述毅与曾梅青出席。"],
          [
            { name: "廖述毅", roles: [] },
            { name: "曾梅青", roles: [] },
          ],
        ),
        article(
          2,
          "名单",
          [names.join("、")],
          [...names, "廖述毅"].map((name) => ({ name, roles: [] })),
        ),
      ]),
    ]);
    expect(details.find((p) => p.name === "廖述毅")!.together).toEqual([{ name: "曾梅青", articles: 1 }]);
    expect(details.find((p) => p.name === names[0])!.together).toEqual([]);
  });
});

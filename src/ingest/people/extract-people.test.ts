import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Person } from "@/bundle/schema";
import { parsePage } from "../parse/parse-page";
import { extractPeople, extractPeopleAndAliases, type PeopleSource } from "./extract-people";

/**
 * People extraction with the shipped model: the seed page against its spec (every person, nothing
 * else, roles exact; `optionalPeople` may be listed or not), then cases written for this test.
 */
const dir = new URL("../../../fixtures/", import.meta.url);
const seed = parsePage(readFileSync(new URL("seed/source.txt", dir), "utf8"));
const spec = JSON.parse(readFileSync(new URL("seed/spec.json", dir), "utf8")) as {
  articles: { seq: number; people: Person[]; optionalPeople: string[] }[];
};

const article = (paragraphs: string[], extra: Partial<PeopleSource> = {}): PeopleSource => ({
  title: "",
  subtitles: [],
  byline: null,
  paragraphs,
  caption: null,
  ...extra,
});
const names = (source: PeopleSource) => extractPeople(source).map((p) => p.name);

describe("people of the seed page", () => {
  for (const want of spec.articles) {
    it(`article ${want.seq}: exactly the spec's people, in order, with their roles`, () => {
      const got = extractPeople(seed.articles[want.seq - 1]!).filter((p) => !want.optionalPeople.includes(p.name));
      expect(got).toEqual(want.people);
    });
  }
});

describe("people extraction", () => {
  it("reads the line of two or three characters under the title as its author (a credit)", () => {
    const got = extractPeople(article(["柯远", "秋天的集市上，菜价比去年低了一些。"], { title: "集市见闻" }));
    expect(got).toEqual([{ name: "柯远", roles: ["reporter"] }]);
  });

  it("takes no word after a title that follows its holder's name (习近平总书记都要)", () => {
    expect(names(article(["每逢佳节，习近平总书记都要给大家拜年。"]))).toEqual(["习近平"]);
  });

  it("reads a spaced credit line and a byline whose names kept their marks", () => {
    const people = extractPeople(
      article(["大家忙着备年货。", "何 方 刘 江 高 山 张守成 李 伟 王正东 韩千里摄影报道"], {
        byline: { raw: "本报记者 罗小桦文 陈南川摄", reporters: ["罗小桦文", "陈南川摄"] },
      }),
    );
    expect(people.map((p) => p.name)).toEqual([
      "罗小桦",
      "陈南川",
      "何方",
      "刘江",
      "高山",
      "张守成",
      "李伟",
      "王正东",
      "韩千里",
    ]);
    expect(people.every((p) => p.roles.join() === "reporter")).toBe(true);
  });

  it("reads no person in a name printed only as an institution's head, and cuts a name off 如是 (term-head.ts, ru-shi.ts)", () => {
    expect(names(article(["当地学生在布隆迪大学孔子学院学习汉语。", "他们参加了萨尔瓦多国际艺术节。"]))).toEqual([]);
    expect(names(article(["“我们有信心。”上海美国商会总裁季凯文如是表示。"]))).toEqual(["季凯文"]);
  });

  it("reads no person in a company's name, a line's name or a 、 pair of phrases (company-name.ts, route-name.ts, verb-object-list.ts)", () => {
    expect(names(article(["德国汉莎航空公司宣布恢复部分航班。汉莎航空计划下月增加运力。"]))).toEqual([]);
    expect(names(article(["京张高铁开通以后，来滑雪的游客多了。"]))).toEqual([]);
    expect(names(article(["老街的年画有盼丰收、庆升平的寓意，也有敬老爱幼的内容。"]))).toEqual([]);
  });

  it("reads no name across the end of another name printed there (overlapped-name.ts)", () => {
    const got = names(article(["第一书记蒙德王说，要先修路。", "去年4月，蒙德王刚到村里时，路还没通。"]));
    expect(got).toContain("蒙德王");
    expect(got).not.toContain("王刚");
  });

  it("reads a list of delegates item by item, notes in brackets included", () => {
    const got = names(
      article(["委员：刘明武、汝林、邵海祥、陆永曾、陈红、柏文和（满族）、俞海涛、从雅香（女）、经少平。"]),
    );
    expect(got).toEqual(expect.arrayContaining(["刘明武", "汝林", "邵海祥", "陆永曾", "陈红", "柏文和", "俞海涛"]));
    expect(got).not.toContain("满族");
  });

  it("reads no person in a list of places", () => {
    expect(names(article(["考察组还去了兰州、甘南、武威、张掖、酒泉等地的湿地。"]))).toEqual([]);
    const letter = names(article(["习近平致函塞内加尔总统萨勒。"]));
    expect(letter).toContain("萨勒");
    expect(letter).not.toContain("塞内加尔");
  });

  it("reads names after titles, in lists and before speech verbs, each once, in order", () => {
    const people = extractPeople(
      article([
        "本报讯日前，市委副书记、市长欧阳明华主持召开常务会议，副市长黄浩堃，市领导陈立新、李秋云出席会议。",
        "欧阳明华指出，要抓好春耕生产。黄浩堃表示，将全力做好保障工作。",
      ]),
    );
    expect(people).toEqual([
      { name: "欧阳明华", roles: ["市委副书记", "市长"] },
      { name: "黄浩堃", roles: ["副市长"] },
      { name: "陈立新", roles: ["市领导"] },
      { name: "李秋云", roles: ["市领导"] },
    ]);
  });

  it("credits bylines and photo credits as reporters, and only as reporters", () => {
    const source = article(["本报讯县长林建国到村里调研。"], {
      byline: { raw: "■ 本报记者 钟 晓", reporters: ["钟晓"] },
      caption: "林建国在田间察看春耕情况。通讯员 司马云 摄",
    });
    expect(extractPeople(source)).toEqual([
      { name: "钟晓", roles: ["reporter"] },
      { name: "林建国", roles: ["县长"] },
      { name: "司马云", roles: ["reporter"] },
    ]);
  });

  it("reads a byline with names padded by a space (钟 晓) through the page parser", () => {
    const page = parsePage(readFileSync(new URL("several-reporters/source.txt", dir), "utf8"));
    expect(extractPeople(page.articles[0]!).map((p) => p.name)).toEqual(["钟晓", "司马云", "陈波", "罗志宏"]);
  });

  it("takes no places, companies or villages for people, and does not swallow the next word", () => {
    expect(names(article(["考察团到粮丰园大厦参观，随后到丰田村、金信公司调研，丰田村代表队夺冠。"]))).toEqual([]);
    expect(names(article(["县委书记李大林，县长欧树和，副县长张小平等参加活动。"]))).toEqual([
      "李大林",
      "欧树和",
      "张小平",
    ]);
  });

  it("reads a column's name closing a title as no credit, but a brief's closing bracket as one", () => {
    expect(extractPeople(article(["读者排起了长队。"], { title: "新建的图书馆开放了（解码）" }))).toEqual([]);
    expect(extractPeople(article([], { title: "新建的图书馆昨天开放，读者排起长队。（林禾宋远）" }))).toEqual([
      { name: "林禾", roles: ["reporter"] },
      { name: "宋远", roles: ["reporter"] },
    ]);
  });

  it("credits a name set alone under a heading inside the article", () => {
    const people = extractPeople(article(["春天的来信", "林晓禾", "那年春天，我在村口收到一封信。"]));
    expect(people).toEqual([{ name: "林晓禾", roles: ["reporter"] }]);
  });

  it("returns nothing for an article without people", () => {
    expect(extractPeople(article(["会议强调，要抓好安全生产工作。"], { title: "全区部署安全生产" }))).toEqual([]);
  });
});

describe("address forms and bracketed credits, with the shipped model", () => {
  it("ties 老X to the article's one full name of surname X", () => {
    const { aliases } = extractPeopleAndAliases(
      article(["春节前，记者来到村里。", "种植户谭永顺今年种了二十亩莲藕。他的妻子补充：“老谭前几年干得太累了。”"]),
    );
    expect(Object.fromEntries(aliases)).toEqual({ 老谭: "谭永顺" });
  });

  it("leaves the work verb out of a bracketed credit's name", () => {
    // the tagger reads 石鸣作 as one name
    expect(names(article(["展览开幕了，观众很多。", "（石鸣作）"]))).toEqual(["石鸣"]);
  });
});

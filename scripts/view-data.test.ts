import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedPage } from "../src/bundle/schema";
import { paths } from "../src/app/config/paths";
import { ONE_PAGE_MAX_PEOPLE } from "../src/bundle/people-pages";
import { STRUCTURED_PAGE_VERSION } from "../src/ingest/content/content-schema";
import type { ContentPaper } from "../src/ingest/content/read-content";
import { writeBundle } from "../src/ingest/write-bundle";
import { filterData, viewData, type FetchedFile } from "./view-data";

/**
 * What each view fetches, on an archive generated to be large where it matters: 960 people (a
 * paged index), 12-page issues. The app's own loaders run against the built folder
 * (`view-data.ts`); every view must stay under the goal of issue 12 (no file over 150 kB gzip) and
 * fetch only its own pieces: an issue's page or article its issue file and that page's text file.
 */
const GOAL = 150 * 1024;
const PAGES = 12;
const ARTICLES = 10;
const PEOPLE = 1_500;

/** Deterministic text that gzip cannot shrink much (so sizes are like real text's or worse). */
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const CHARS = [
  ..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严",
];
const paragraph = (n: number) => Array.from({ length: n }, () => CHARS[Math.floor(random() * CHARS.length)]).join("");
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志海鹏飞述毅泽民"];
const names = Array.from(
  { length: PEOPLE },
  (_, i) =>
    `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
);

function page(day: number, no: number): ParsedPage {
  return {
    articles: Array.from({ length: ARTICLES }, (_, a) => {
      const named = [0, 1, 2, 3].map(
        (k) => names[((day - 1) * PAGES * ARTICLES * 4 + ((no - 1) * ARTICLES + a) * 4 + k) % PEOPLE]!,
      );
      return {
        seq: a + 1,
        title: `第${no}版第${a + 1}篇 ${paragraph(12)}`,
        subtitles: [],
        byline: null,
        paragraphs: [`${named.join("、")}${paragraph(80)}`, paragraph(90)],
        caption: null,
        people: named.map((name) => ({ name, roles: [] })),
        sourceLines: [a * 20 + 1, a * 20 + 14],
      };
    }),
    unassigned: [],
    warnings: [],
  };
}

const paper: ContentPaper = {
  id: "big",
  dir: "big",
  meta: { name: "大报", isDefault: true },
  issues: [1, 2].map((day) => ({
    dir: `big/2020-01-0${day}`,
    meta: {
      date: `2020-01-0${day}`,
      pages: Array.from({ length: PAGES }, (_, i) => ({ no: i + 1, file: `page-${i + 1}.json` })),
    },
    pages: Array.from({ length: PAGES }, (_, i) => ({
      no: i + 1,
      name: `第${i + 1}版`,
      file: `page-${i + 1}.json`,
      kind: "structured" as const,
      page: {
        ...page(day, i + 1),
        type: "folio/structured-page" as const,
        version: STRUCTURED_PAGE_VERSION,
        source: "gen",
      },
    })),
  })),
};

/** Someone the first page of the first issue names (so in the bundle). */
const named = names[0]!;

let out = "";
beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), "folio-views-")), "data");
  await writeBundle([paper], { outDir: out });
}, 120_000);
afterAll(() => rm(join(out, ".."), { recursive: true, force: true }));

const total = (files: readonly FetchedFile[]) => files.reduce((n, f) => n + f.gzip, 0);
const largest = (files: readonly FetchedFile[]) => files.reduce((a, b) => (b.gzip > a.gzip ? b : a));

describe("what each view fetches on a large archive", () => {
  it("lists the largest file of each view; every view stays under 150 kB gzip in every file", async () => {
    const views: [string, string][] = [
      ["home", paths.home.to()],
      ["article", paths.article.to("big", "2020-01-02", 7, 4)],
      ["issue page", paths.page.to("big", "2020-01-01", 5)],
      ["month", paths.month.to("big", "2020-01")],
      ["people index", paths.people.to()],
      ["people letter", paths.peopleLetter.to("z")],
      ["person", paths.person.to(named)],
    ];
    const rows: string[] = [];
    for (const [name, path] of views) {
      const view = await viewData(out, path);
      expect(view.status, path).toBe(200);
      const big = largest(view.files);
      rows.push(
        `${name.padEnd(14)} ${view.files.length} files ${(total(view.files) / 1024).toFixed(1)} kB, largest ${big.file} ${(big.gzip / 1024).toFixed(1)} kB`,
      );
      for (const file of view.files) expect(file.gzip, `${path}: ${file.file}`).toBeLessThan(GOAL);
    }
    console.log(`largest file each view fetches (gzip):\n${rows.join("\n")}`);
  }, 120_000);

  it("an article or an issue page fetches its issue file and the text of its own page, no other page's", async () => {
    // Names without their hashes, sorted: the fixed-name files, the issue file, its pages' text files.
    const kinds = (files: readonly FetchedFile[]) =>
      files.map((f) => f.file.replace(/\.[0-9a-f]{12}\.json$/u, "").replace(/\.json$/u, "")).sort();
    const article = await viewData(out, paths.article.to("big", "2020-01-02", 7, 4));
    expect(kinds(article.files)).toEqual([
      "archive/big/2020",
      "issues/big/2020-01-02",
      "issues/big/2020-01-02/7",
      "manifest",
    ]);
    const page = await viewData(out, paths.page.to("big", "2020-01-01", 5));
    expect(kinds(page.files)).toEqual([
      "archive/big/2020",
      "issues/big/2020-01-01",
      "issues/big/2020-01-01/5",
      "manifest",
    ]);
    const home = await viewData(out, paths.home.to());
    expect(kinds(home.files)).toEqual([
      "archive/big/2020",
      "issues/big/2020-01-02",
      "issues/big/2020-01-02/1",
      "manifest",
    ]);
    // The other eleven pages' text is not fetched: what the view fetched is less than the issue whole.
    const { readdir, readFile } = await import("node:fs/promises");
    const texts = await readdir(join(out, "issues/big/2020-01-02"));
    expect(texts).toHaveLength(PAGES);
    const rest = texts.filter((name) => !name.startsWith("7."));
    const restBytes = (
      await Promise.all(rest.map((name) => readFile(join(out, "issues/big/2020-01-02", name))))
    ).reduce((n, bytes) => n + bytes.length, 0);
    expect(restBytes).toBeGreaterThan(article.files.find((f) => f.file.startsWith("issues/big/2020-01-02/"))!.raw);
  }, 120_000);

  it("the people index fetches neither the letters' parts nor the filter; a letter page one part; the filter a few pieces", async () => {
    expect(PEOPLE).toBeGreaterThan(ONE_PAGE_MAX_PEOPLE);
    const index = await viewData(out, paths.people.to());
    expect(index.files.map((f) => f.file.split("/").pop()!.split(".")[0])).toEqual(["manifest", "index"]);
    const letter = await viewData(out, paths.peopleLetter.to("z"));
    expect(letter.files.filter((f) => f.file.startsWith("people/letter-z-")).length).toBe(1);
    const indexFile = index.files.find((f) => f.file.startsWith("people/index."))!.file;
    const { readFile } = await import("node:fs/promises");
    const filter = (JSON.parse(await readFile(join(out, indexFile), "utf8")) as { filter: string }).filter;
    const found = await filterData(out, filter, named);
    expect(found.found).toBeGreaterThan(0);
    expect(found.files.length).toBeLessThanOrEqual(4);
  }, 120_000);
});

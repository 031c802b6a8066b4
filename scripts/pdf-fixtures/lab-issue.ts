/**
 * The browser tests' PDF issue (`fixtures/e2e-content/lab-pdf/2024-06-03/`): three pages typeset
 * like the PDF fixtures, but from text of their own (a made-up county paper's day), so that the
 * seed's words are not found twice by the tests that search and count them. Page 1 has a photo
 * with its caption and an article that jumps to page 2 (下转第2版 / 上接第1版); page 3 has two
 * articles, one under a letter-spaced headline. The issue's pages 4 and 5 are the scanned and the
 * garbled fixtures (their folder links them).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { article, BODY, byline, headline, jumpLine, Page, pdfBytes, photo, setColumns, type Column } from "./typeset";

const A4 = { width: 595, height: 842 };
const MARGIN = 30;
const COLUMN = 122;
const GUTTER = 14;
const DATE = "2024年6月3日 星期一";

function columns(y: number, bottom: number, which: readonly number[] = [0, 1, 2, 3]): Column[] {
  return which.map((i) => ({ x: MARGIN + i * (COLUMN + GUTTER), y, width: COLUMN, bottom }));
}

function spanWidth(n: number): number {
  return n * COLUMN + (n - 1) * GUTTER;
}

function header(page: Page, no: number, name: string): void {
  page.furniture("版面样报", MARGIN, 16, "hei", 16);
  page.furniture(DATE, 330, 22, "hei", 9);
  page.furniture(`${no} ${name}`, 490, 16, "hei", 16);
  page.rule(MARGIN, 40, A4.width - 2 * MARGIN);
}

/** A photo: a generated pattern of sky over fields, so the file stays a few kB. */
function photoPng(): Buffer {
  const png = new PNG({ width: 64, height: 36 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const field = y > 20;
      png.data[i] = field ? 70 + ((x * 5) % 40) : 150 + y * 2;
      png.data[i + 1] = field ? 130 + ((x + y) % 7) * 8 : 190 + y;
      png.data[i + 2] = field ? 60 : 230;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

const HARVEST = {
  title: "青禾县早稻开镰 机收率首次超过九成",
  subtitle: "三十二台收割机连夜进田，烘干中心二十四小时运转",
  byline: "本报记者 苏雨桐",
  caption: "六月二日，青禾县石桥镇的农机手驾驶收割机在稻田里抢收早稻。本报记者 苏雨桐摄",
  paragraphs: [
    "本报讯 连日晴好，青禾县十二万亩早稻进入收割期。记者从县农业农村局获悉，今年全县早稻机收率首次超过九成，比去年提高了七个百分点。",
    "在石桥镇的千亩连片稻田里，三十二台收割机排成一行，割稻、脱粒、装车一气呵成。合作社理事长韩启明告诉记者，过去一户人家要忙上半个月，如今一台机器一天就能收完一百多亩。",
    "为防止新收稻谷受潮霉变，县里新建的三座烘干中心二十四小时运转，农户可以通过手机预约烘干时间，排队时间从过去的两天缩短到半天。",
  ],
};

const BRIDGE = {
  title: "白鹭河大桥主体完工 两岸通行时间缩短四十分钟",
  subtitle: "预计八月底通车，沿线将新建三处停车场",
  byline: "本报记者 欧阳青",
  paragraphs: [
    "本报讯 六月一日上午，随着最后一段钢箱梁吊装到位，白鹭河大桥主体结构全面完工。大桥全长一千二百米，双向四车道，建成后从河东新区到老城区的车程将由一个小时缩短到二十分钟左右。",
    "项目负责人介绍，大桥施工期间正值汛期，建设者们在河中搭建了临时钢平台，采用整体吊装的办法，比原计划提前了四十五天完成主体施工。为了保护白鹭河的鸟类栖息地，大桥在设计时专门降低了桥面灯光的高度，并在桥墩周围种植了芦苇。",
    "据了解，接下来将进行桥面铺装、护栏安装和荷载试验等工作，预计八月底正式通车。交通部门同时在大桥两端规划了三处停车场和两条公交线路，方便沿河居民出行。",
    "家住河东新区的退休教师林秋实说，以前去老城区看病要绕道上游的旧桥，路上经常堵车，大桥通车后，到医院只要一刻钟，心里踏实多了。",
    "县交通运输局表示，大桥通车后，将同步开通夜间公交，并在桥下建设滨河步道，把白鹭河两岸的公园连成一片，让市民出门就能亲近河水。",
  ],
};

const LIBRARY = {
  title: "乡镇图书馆 夜里也亮灯",
  byline: "本报记者 苏雨桐",
  paragraphs: [
    "本报讯 晚上九点，石桥镇图书馆里依然坐满了读者。今年以来，青禾县十四个乡镇图书馆全部延长开放时间至晚上十点，并实现图书通借通还。",
    "图书馆管理员说，夜里来借书的多是下班后的年轻人和放学后的中学生，最受欢迎的是农业技术和儿童绘本两类图书。",
  ],
};

const MARKET = {
  title: "周末夜市开张 摊位免费申领",
  byline: "本报记者 欧阳青",
  paragraphs: [
    "本报讯 青禾县老街周末夜市日前开张，一百二十个摊位全部免费向本地商户和农户开放，申领只需在县政务服务平台填写一张表格。",
    "开市当晚，米糕、烤鱼和手工竹编最受欢迎。县商务局表示，夜市将每月评选一次最受欢迎摊位，并为农户提供冷链存放服务。",
  ],
};

function frontPage(): { page: Page; rest: string[]; restContinues: boolean } {
  const page = new Page(A4.width, A4.height);
  header(page, 1, "要闻");
  const a1 = article(page, HARVEST.title, [HARVEST.subtitle]);
  let y = headline(page, a1, HARVEST.title, MARGIN, 56, 20);
  y = headline(page, a1, HARVEST.subtitle, MARGIN, y + 8, 16.5);
  y = byline(page, a1, HARVEST.byline, MARGIN, y + 10);
  const top = y + 4;
  const below = photo(page, a1, photoPng(), [MARGIN, top, spanWidth(2), 130], HARVEST.caption);
  setColumns(page, a1, HARVEST.paragraphs, [...columns(below + 8, 420, [0, 1]), ...columns(top, 420, [2, 3])]);

  const a2 = article(page, BRIDGE.title, [BRIDGE.subtitle]);
  y = headline(page, a2, BRIDGE.title, MARGIN, 450, 18);
  y = headline(page, a2, BRIDGE.subtitle, MARGIN, y + 8, 16.5);
  y = byline(page, a2, BRIDGE.byline, MARGIN, y + 10);
  const bottom = 640;
  const set = setColumns(page, a2, BRIDGE.paragraphs, columns(y + 4, bottom - BODY.leading, [0, 1]));
  jumpLine(page, a2, "（下转第2版）", bottom - BODY.leading + 2, MARGIN + spanWidth(2));
  return { page, rest: set.rest, restContinues: set.restContinues };
}

function backPage(rest: string[], restContinues: boolean): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 2, "要闻");
  const a = article(page, BRIDGE.title);
  const y = headline(page, a, BRIDGE.title, MARGIN, 56, 18);
  jumpLine(
    page,
    a,
    "（上接第1版）",
    y + 6,
    MARGIN + page.doc.font("kai").fontSize(BODY.size).widthOfString("（上接第1版）"),
  );
  setColumns(page, a, rest, columns(y + 24, 400), { continues: restContinues });
  return page;
}

function localPage(): Page {
  const page = new Page(A4.width, A4.height);
  header(page, 3, "社会");
  const a1 = article(page, LIBRARY.title);
  let y = headline(page, a1, LIBRARY.title, MARGIN, 56, 22, { spacing: 6 });
  y = byline(page, a1, LIBRARY.byline, MARGIN, y + 10);
  setColumns(page, a1, LIBRARY.paragraphs, columns(y + 4, 300));
  const a2 = article(page, MARKET.title);
  y = headline(page, a2, MARKET.title, MARGIN, 330, 20);
  y = byline(page, a2, MARKET.byline, MARGIN, y + 10);
  setColumns(page, a2, MARKET.paragraphs, columns(y + 4, 600));
  return page;
}

/** Writes the issue's three typeset pages into `dir` (page-1.pdf … page-3.pdf). */
export async function writeLabIssue(dir: string): Promise<string[]> {
  const front = frontPage();
  const pages = [front.page, backPage(front.rest, front.restContinues), localPage()];
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [i, page] of pages.entries()) {
    const file = join(dir, `page-${i + 1}.pdf`);
    writeFileSync(file, await pdfBytes(page));
    written.push(file);
  }
  return written;
}

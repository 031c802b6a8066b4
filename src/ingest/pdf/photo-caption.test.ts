import { describe, expect, it } from "vitest";
import { columnBlocks } from "./column-blocks";
import { captionBlocks, captionOf, captionRows } from "./photo-caption";
import { line } from "./testing-lines";

const photo = { x: 765, y: 1076, w: 240, h: 308 };

describe("captionBlocks", () => {
  it("takes the lines under a photo with a letter-spaced credit row for its caption", () => {
    const lines = [
      line("当前，人们对美好生态环境的要求日益增长。图为专职保", 783, 1397, 8.3, 1),
      line("洁人员在浙江省湖州市长兴县的河道内进行河道护理巡查。", 765, 1409, 8.3, 2),
      line("新华社记者", 909, 1421, 8.3, 3),
      line("徐", 963, 1420, 8.3, 4),
      line("昱摄", 981, 1420, 8.3, 5),
    ].map((l) => ({ ...l, box: { ...l.box, w: Math.min(l.box.w, 1005 - l.box.x) } }));
    const blocks = captionBlocks(photo, columnBlocks(lines), 8.3);
    expect(captionRows(blocks)).toEqual([
      "当前，人们对美好生态环境的要求日益增长。图为专职保",
      "洁人员在浙江省湖州市长兴县的河道内进行河道护理巡查。",
      "新华社记者 徐昱摄",
    ]);
  });
  it("takes a drawing's title and credit", () => {
    const cartoon = { x: 466, y: 837, w: 266, h: 205 };
    // The credit's top lies a little higher than the title's: still read after it.
    const lines = [line("翟桂溪作（新华社发）", 642, 1033, 8.3, 1), line("消费升级", 486, 1033.3, 8.3, 2)];
    expect(captionBlocks(cartoon, columnBlocks(lines), 8.3)).toHaveLength(2);
  });
  it("leaves body text under a photo alone", () => {
    const lines = [line("正文接着写下去，没有署名。", 765, 1390, 8.3, 1), line("第二行正文。", 765, 1402, 8.3, 2)];
    expect(captionBlocks(photo, columnBlocks(lines), 8.3)).toEqual([]);
  });
});

describe("captionOf", () => {
  it("sets a drawing's title and its credit, printed apart on one line, off by one space", () => {
    const lines = [line("林知远作（本报发）", 640, 1033, 8.3, 1), line("秋收图", 486, 1033.3, 8.3, 2)];
    expect(captionOf(columnBlocks(lines))).toBe("秋收图 林知远作（本报发）");
  });
  it("reads a caption over two lines, its credit letter-spaced on the last, as the text parser does", () => {
    const lines = [
      line("村民在新修的水渠边查看秧苗长势。图为", 765, 1397, 8.3, 1),
      line("晨光中的稻田。", 765, 1409, 8.3, 2),
      line("通讯员", 909, 1421, 8.3, 3),
      line("林", 940, 1420, 8.3, 4),
      line("远摄", 958, 1420, 8.3, 5),
    ];
    expect(captionOf(columnBlocks(lines))).toBe("村民在新修的水渠边查看秧苗长势。图为晨光中的稻田。 通讯员 林远摄");
  });
});

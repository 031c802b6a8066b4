import { describe, expect, it } from "vitest";
import { segmentArticles } from "./segment-articles";
import { splitLines, toBlocks } from "./source-lines";

const segment = (text: string) => segmentArticles(toBlocks(splitLines(text)));

describe("segmentArticles", () => {
  it("starts an article at each byline", () => {
    const { before, segments } = segment(
      "■ 通讯员 甲乙丙\n\n本报讯 正文。\n\n标题\n\n■通讯员丁戊己\n\n本报讯 正文。\n\n标题二",
    );
    expect(before).toEqual([]);
    expect(segments.map((s) => s.byline?.match.reporters)).toEqual([["甲乙丙"], ["丁戊己"]]);
    expect(segments.map((s) => s.blocks.length)).toEqual([2, 2]);
  });
  it("starts an article at a dateline with no byline, but not right after a byline", () => {
    const { segments } = segment("本报讯（记者 李红梅）正文。\n\n标题\n\n■ 通讯员 王丽华\n本报讯 正文。\n\n标题二");
    expect(segments).toHaveLength(2);
    expect(segments[0]!.byline).toBeNull();
    expect(segments[1]!.byline?.match.reporters).toEqual(["王丽华"]);
  });
  it("keeps what comes before the first start apart", () => {
    const { before, segments } = segment("（上接第一版）正文。\n\n■ 通讯员 覃晓梅\n\n本报讯 正文。\n\n标题");
    expect(before).toHaveLength(1);
    expect(segments).toHaveLength(1);
  });
});

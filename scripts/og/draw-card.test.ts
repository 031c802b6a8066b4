import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH } from "../../src/app/lib/preview-image";
import { MAX_CARD_BYTES, renderCard } from "./draw-card";

describe("renderCard", () => {
  it("draws a 1200×630 palette PNG within the size limit, even for the densest card", async () => {
    // Every line full: a lead of three lines and more headlines than fit, mixed with Latin and digits.
    const png = await renderCard({
      paperName: "人民日报海外版 People's Daily Overseas Edition 2024",
      date: "1998年12月31日 星期四",
      section: "第12版 · 国际新闻与经济观察",
      standfirst:
        "新华社利马11月16日电（记者 张三）亚太经合组织第31次领导人非正式会议16日在秘鲁首都利马举行，GDP 与 AI 成为关键词。",
      headlines: Array.from(
        { length: 20 },
        (_, i) => `第${i + 1}条：APEC 2024 峰会在秘鲁利马举行，各国领导人就全球经济治理与数字贸易规则达成新共识`,
      ),
    });
    expect(png.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Colour type 3: a palette PNG.
    expect(png[25]).toBe(3);
  });
});

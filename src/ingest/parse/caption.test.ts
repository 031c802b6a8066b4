import { describe, expect, it } from "vitest";
import { captionCredits, captionText, isCaption } from "./caption";

describe("isCaption", () => {
  it("knows a caption by its set-off credit", () => {
    expect(isCaption(["廖述毅一行到金秀桐木镇工业园区瑶医药产业园察看了解相关情况。 通讯员 梁宇 摄"])).toBe(true);
    expect(isCaption(["市民观看书法作品（新华社记者 张三摄）"])).toBe(true);
    expect(isCaption(["群众在现场观看。 李四 摄"])).toBe(true);
  });
  it("does not take body text ending in 摄 for a caption", () => {
    expect(isCaption(["不少市民举起手机拍摄"])).toBe(false);
    expect(isCaption(["■ 通讯员 梁宇 摄"])).toBe(false);
  });
  it("refuses long blocks", () => {
    expect(isCaption(Array.from({ length: 8 }, () => "一行文字").concat(["通讯员 梁宇 摄"]))).toBe(false);
  });
});

describe("captionCredits", () => {
  it("reads the credited names", () => {
    expect(captionCredits("察看了解相关情况。通讯员 梁宇 摄")).toEqual(["梁宇"]);
    expect(captionCredits("现场。 本报记者 张三 李四 摄")).toEqual(["张三", "李四"]);
  });
});

describe("captionText", () => {
  it("collapses the text and sets the credit off by one space", () => {
    expect(captionText(["廖述毅一行到金秀 察看。 通讯员  梁宇 摄"])).toBe("廖述毅一行到金秀察看。 通讯员 梁宇 摄");
    expect(captionText(["市民观看（新华社记者 张三摄）"])).toBe("市民观看 （新华社记者 张三摄）");
  });
});

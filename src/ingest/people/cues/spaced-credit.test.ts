import { describe, expect, it } from "vitest";
import { spacedCreditNames } from "./spaced-credit";

describe("spaced credit line", () => {
  it("pairs the halves of padded two-character names and takes the marks off", () => {
    expect(spacedCreditNames("何 方 刘 江 高 山 张守成 李 伟 王正东 韩千里摄影报道")).toEqual([
      "何方",
      "刘江",
      "高山",
      "张守成",
      "李伟",
      "王正东",
      "韩千里",
    ]);
    expect(spacedCreditNames("孟\u00a0\u00a0凡图\u00a0\u00a0夏\u00a0\u00a0至文")).toEqual(["孟凡", "夏至"]);
    expect(spacedCreditNames("罗小桦文 陈南川摄")).toEqual(["罗小桦", "陈南川"]);
    expect(spacedCreditNames("本报记者\u00a0\u00a0柯\u00a0\u00a0远文\u00a0\u00a0宁小禾摄（影像中国）")).toEqual([
      "柯远",
      "宁小禾",
    ]);
  });

  it("reads the names before a closing note of the picture's source", () => {
    expect(spacedCreditNames("柯德宏 葛玉岗摄影报道（人民视觉）")).toEqual(["柯德宏", "葛玉岗"]);
    expect(spacedCreditNames("柯  远  宁小禾摄（影像中国）")).toEqual(["柯远", "宁小禾"]);
    expect(spacedCreditNames("柯德宏 葛玉岗摄影报道（人民视觉图片社记者提供的照片）")).toBeNull();
  });

  it("is not a credit line without a photo or drawing mark, with a half name left over, or as text", () => {
    expect(spacedCreditNames("王志文 李建文")).toBeNull();
    expect(spacedCreditNames("周勇摄")).toBeNull();
    expect(spacedCreditNames("王 李华摄")).toBeNull();
    expect(spacedCreditNames("我 们 去 拍 摄")).toBeNull();
    expect(spacedCreditNames("座 谈 会 举 行")).toBeNull();
    expect(spacedCreditNames("记者从会上获悉 张三摄")).toBeNull();
  });
});

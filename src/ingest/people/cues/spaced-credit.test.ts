import { describe, expect, it } from "vitest";
import { spacedCreditNames } from "./spaced-credit";

describe("spaced credit line", () => {
  it("pairs the halves of padded two-character names and takes the marks off", () => {
    expect(spacedCreditNames("雷 声 周 石 国 徽 张守向 李 伟 王正坤 莫千威摄影报道")).toEqual([
      "雷声",
      "周石",
      "国徽",
      "张守向",
      "李伟",
      "王正坤",
      "莫千威",
    ]);
    expect(spacedCreditNames("曹\u00a0\u00a0一图\u00a0\u00a0羽\u00a0\u00a0生文")).toEqual(["曹一", "羽生"]);
    expect(spacedCreditNames("罗艾桦文 陈北跑摄")).toEqual(["罗艾桦", "陈北跑"]);
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

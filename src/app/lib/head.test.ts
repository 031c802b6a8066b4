import { describe as group, expect, it } from "vitest";
import { describe } from "./head";

group("describe", () => {
  it("keeps a short text whole", () => {
    expect(describe("会议还研究了其他事项。")).toBe("会议还研究了其他事项。");
  });
  it("cuts a long text at a clause end near the limit", () => {
    const text =
      "本报讯日前，茂南区委书记廖述毅率代表团赴广西壮族自治区来宾市金秀瑶族自治县，开展粤桂东西部协作工作交流对接。";
    expect(describe(text, 40)).toBe("本报讯日前，茂南区委书记廖述毅率代表团赴广西壮族自治区来宾市金秀瑶族自治县，");
  });
  it("adds an ellipsis when there is no clause end to cut at", () => {
    expect(describe("一二三四五六七八九十", 5)).toBe("一二三四五…");
  });
});

import { describe, expect, it } from "vitest";
import { workCreditNameEnd } from "./bracketed-work-credit";

const end = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return workCreditNameEnd(chars, start, start + Array.from(name).length);
};

describe("workCreditNameEnd", () => {
  it("leaves the work verb out of a bracketed credit's name", () => {
    expect(end("（柯一鸣作）", "柯一鸣作")).toBe(4);
    expect(end("正文。（柯鸣摘）", "柯鸣摘")).toBe(6);
    expect(end("（柯鸣画）", "柯鸣画")).toBe(3);
  });

  it("reads only a whole bracket, and keeps names ending in 文 or 书 and names too short to lose a character", () => {
    expect(end("柯鸣画了一幅画", "柯鸣画")).toBeNull();
    expect(end("（柯鸣画", "柯鸣画")).toBeNull();
    expect(end("（柯振文）", "柯振文")).toBeNull();
    expect(end("（柯玉书）", "柯玉书")).toBeNull();
    expect(end("（柯作）", "柯作")).toBeNull();
  });
});

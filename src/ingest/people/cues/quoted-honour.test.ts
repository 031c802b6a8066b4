import { describe, expect, it } from "vitest";
import { quotedHonourStart } from "./quoted-honour";

const read = (text: string, role: string) => {
  const chars = Array.from(text);
  const start = text.indexOf(role);
  const end = start + Array.from(role).length;
  const at = quotedHonourStart(chars, start, end);
  return at === null ? null : chars.slice(at, end).join("");
};

describe("an honour in quotes before its holder", () => {
  it("reads the quoted honour with the holder's word", () => {
    expect(read("“国家荣誉勋章”获得者张海生说", "获得者")).toBe("“国家荣誉勋章”获得者");
    expect(read("他的老师、“人民工匠”荣誉称号获得者李明远", "荣誉称号获得者")).toBe("“人民工匠”荣誉称号获得者");
    expect(read("。“金穗2”奖得主陈建华", "奖得主")).toBe("“金穗2”奖得主");
  });

  it("reads no quote before another description, no sentence and no long slogan", () => {
    expect(read("“山水相依”志愿者张海生说", "志愿者")).toBeNull();
    expect(read("他说：“好。”获得者张海生", "获得者")).toBeNull();
    expect(read("“绿水青山就是金山银山共建美丽家园”获得者张海生", "获得者")).toBeNull();
    expect(read("首届获得者张海生", "获得者")).toBeNull();
  });
});

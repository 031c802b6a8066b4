import { describe, expect, it } from "vitest";
import { opinionFrameNames } from "./opinion-frame";

const names = (text: string) => {
  const chars = Array.from(text);
  return opinionFrameNames(chars).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("a foreign name holding a view (在 … 看来)", () => {
  it("takes the transliteration run that closes the frame", () => {
    expect(names("在南方某周刊主笔萨维塔看来，这很重要。")).toEqual(["萨维塔"]);
    expect(names("在资深编辑阿德玛·洛特科看来，这很重要。")).toEqual(["阿德玛·洛特科"]);
  });

  it("needs the frame's 在 in the same clause, near enough", () => {
    expect(names("主笔萨维塔看来很高兴。")).toEqual([]);
    expect(names("在南方，主笔萨维塔看来很高兴。")).toEqual([]);
    expect(names("在一个很远很远的地方有一份很老很老的周刊主笔萨维塔看来很高兴。")).toEqual([]);
  });

  it("needs a run of three characters or more before 看来", () => {
    expect(names("在编辑萨维看来，这很重要。")).toEqual([]);
    expect(names("在他们看来，这很重要。")).toEqual([]);
  });
});

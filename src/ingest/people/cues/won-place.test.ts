import { describe, expect, it } from "vitest";
import { descriptionAfter } from "./description";
import { isPlaceWon } from "./won-place";

/** The description after `name` in `text`. */
const after = (text: string, name: string) => {
  const chars = Array.from(text);
  return descriptionAfter(chars, Array.from(text.slice(0, text.indexOf(name) + name.length)).length);
};

describe("a place won in the clause after a name", () => {
  it("is no description", () => {
    expect(after("萨沃夫以两胜击败张立新，赢得冠军。", "张立新")).toBeNull();
    expect(after("决赛中战胜了张立新，获得亚军，", "张立新")).toBeNull();
    expect(isPlaceWon(Array.from("夺得季军"))).toBe(true);
  });

  it("leaves a champion named in the clause (a description) as it was", () => {
    expect(after("张立新，世界冠军，", "张立新")).toBe("世界冠军");
    expect(isPlaceWon(Array.from("世界冠军"))).toBe(false);
  });
});

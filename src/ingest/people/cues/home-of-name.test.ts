import { describe, expect, it } from "vitest";
import { homeOfNameAt } from "./home-of-name";

const PLACES = new Set(["河北", "云南"]);
const at = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return homeOfNameAt(Array.from(text), start, start + Array.from(name).length, PLACES);
};

describe("a name in a visit to someone's home", () => {
  it("vouches for a name between 在 or 到 with a known place and a closing 家", () => {
    expect(at("在河北闵春生家，他问起收成", "闵春生")).toBe(true);
    expect(at("来到云南闵春生家中", "闵春生")).toBe(true);
  });

  it("does not where 家 goes on into a word, the place is unknown or nothing leads it", () => {
    expect(at("在河北闵春生家庭农场", "闵春生")).toBe(false);
    expect(at("在山西闵春生家，", "闵春生")).toBe(false);
    expect(at("河北闵春生家，", "闵春生")).toBe(false);
  });
});

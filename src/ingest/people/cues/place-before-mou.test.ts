import { describe, expect, it } from "vitest";
import { isPlaceBeforeMou } from "./place-before-mou";

const NOUNS = new Set(["南丘"]);
const at = (text: string, name: string) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return isPlaceBeforeMou(Array.from(text), start, start + Array.from(name).length, (w) => NOUNS.has(w));
};

describe("a surname and 某 cut from a place before it", () => {
  it("finds 某 after a surname that ends a proper noun", () => {
    expect(at("病例与南丘某教会有关", "丘某")).toBe(true);
  });

  it("leaves a veiled name after anything else, and a name without 某", () => {
    expect(at("病例与丘某有关", "丘某")).toBe(false);
    expect(at("村民丘某说", "丘某")).toBe(false);
    expect(at("南丘明说", "丘明")).toBe(false);
  });
});

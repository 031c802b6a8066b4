import { describe, expect, it } from "vitest";
import { namesEndingInPlaces } from "./place-tail";

const isPlace = () => false;
const chars = (s: string) => Array.from(s);
const found = (texts: string[], names: string[]) => [...namesEndingInPlaces(texts.map(chars), names, isPlace)];

describe("a name ending in a word the article writes as a place", () => {
  it("is found when its tail stands before a place suffix somewhere in the article", () => {
    const texts = ["青岗县的茶园连成了片。", "欢迎远方的客商常来青岗考察。"];
    expect(found(texts, ["常来青岗"])).toEqual(["常来青岗"]);
  });

  it("is not found when no occurrence of the tail reads as a place", () => {
    expect(found(["欢迎远方的客商常来青岗考察。"], ["常来青岗"])).toEqual([]);
  });

  it("leaves a name shaped like a Chinese name and a dotted foreign name alone", () => {
    const texts = ["青岗县的茶园连成了片。", "柯岭市的博物馆里，马可·柯岭的像和柯青岗的画并排。"];
    expect(found(texts, ["柯青岗", "马可·柯岭"])).toEqual([]);
  });

  it("takes a tail of two characters at least", () => {
    expect(found(["岗县的茶园。"], ["常来青岗"])).toEqual([]);
  });
});

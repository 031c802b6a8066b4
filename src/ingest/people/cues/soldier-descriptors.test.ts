import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { dropUnsupportedNames } from "../support";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { endsOnAdverb, soldierOrYouthEndsAt } from "./soldier-descriptors";

const slot = (text: string, name: string) => soldierOrYouthEndsAt(Array.from(text), text.indexOf(name));
const found = (text: string, probabilities: Record<string, number>, tagger: string[] = []) => {
  const tagged = taggedWith(text, tagger, 0, (s) => probabilities[s] ?? 0.0001);
  addCueMentions(tagged, 0, EMPTY_LEXICONS);
  return tagged.mentions.map((m) => m.name);
};

describe("a soldier's rank or kind, or a young person's word, before a name", () => {
  it("opens a name slot", () => {
    expect(slot("让上等兵柯大龙感动的是", "柯大龙")).toBe(true);
    expect(slot("火箭军老兵柯忠义忘不了", "柯忠义")).toBe(true);
    expect(slot("哨兵柯旺说", "柯旺")).toBe(true);
    expect(slot("在扬州，小伙柯小硕常去湖边", "柯小硕")).toBe(true);
    expect(slot("他们和柯大龙一起", "柯大龙")).toBe(false);
  });

  it("takes the name the tagger does not rule out there, and nothing where no such word stands", () => {
    expect(found("让上等兵柯大龙感动的是", { 柯大龙: 0.08 })).toEqual(["柯大龙"]);
    expect(found("让上等兵柯大龙感动的是", { 柯大龙: 0.02 })).toEqual([]);
    expect(found("让那一位柯大龙感动的是", { 柯大龙: 0.08 })).toEqual([]);
    // a post after the word is no name, even where the model's words lack it (CC-CEDICT has it)
    expect(found("那位民兵连长曾带大家修过水渠", { 连长: 0.3 })).toEqual([]);
  });

  it("leaves an adverb after the name out of it, over the tagger's longer reading", () => {
    expect(endsOnAdverb(Array.from("柯小硕常去"), 0, 3)).toBe(false);
    expect(endsOnAdverb(Array.from("柯硕常去"), 0, 3)).toBe(true);
    expect(found("小伙柯硕常去湖边。", { 柯硕: 0.1, 柯硕常: 0.3 })).toEqual(["柯硕"]);
    expect(found("小伙柯硕常去湖边。", { 柯硕: 0.1, 柯硕常: 0.3 }, ["柯硕常"])).toEqual(["柯硕"]);
  });

  it("makes the tagger's unsure name right after it the slot's, but not a word, and nothing elsewhere", () => {
    const words = new Set(["连长"]);
    const kept = (text: string, name: string) => {
      const texts = [taggedWith(text, [name], 0, (s) => (s === name ? 0.3 : 0.0001))];
      addCueMentions(texts[0]!, 0, { ...EMPTY_LEXICONS, words });
      dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
      return texts[0]!.mentions.map((m) => m.name);
    };
    expect(kept("那天哨兵柯旺站岗，大家都铆足了劲", "柯旺")).toEqual(["柯旺"]);
    expect(kept("那天夜里柯旺站岗，大家都铆足了劲", "柯旺")).toEqual([]);
    expect(kept("那位民兵连长曾带大家修过水渠", "连长")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { Mention, TaggedText } from "../mentions";
import { isForeignRunOn, trimForeignRunOns } from "./foreign-run-on";

const WORDS = new Set(["起先", "地区", "地表"]);
const isWord = (w: string) => WORDS.has(w);
/** Whether `name`, at its first place in `s`, is a transliteration with the next word's first character run on. */
const runOn = (s: string, name: string) => {
  const start = Array.from(s.slice(0, s.indexOf(name))).length;
  return isForeignRunOn(Array.from(s), start, start + Array.from(name).length, isWord);
};
const text = (s: string, name: string): TaggedText => {
  const start = Array.from(s.slice(0, s.indexOf(name))).length;
  const mention: Mention = { text: 0, start, end: start + Array.from(name).length, name, source: "title" };
  return { chars: Array.from(s), scorer: { spanProbability: () => 0 }, mentions: [mention] };
};

describe("a transliteration run on over the next word's first character", () => {
  it("reads a common word or a count of siblings after the run", () => {
    expect(runOn("协会主席萨莫耶起先反对", "萨莫耶起")).toBe(true);
    expect(runOn("居民卡夫洛季三兄弟宣布", "卡夫洛季三")).toBe(true);
    expect(runOn("居民萨莫耶两姐妹", "萨莫耶两")).toBe(true);
    expect(runOn("托·萨莫耶起先说", "托·萨莫耶起")).toBe(true);
  });

  it("keeps names whose last character opens no such word", () => {
    expect(runOn("萨莫耶起身离开", "萨莫耶起")).toBe(false);
    expect(runOn("卡夫洛季三人", "卡夫洛季三")).toBe(false);
    expect(runOn("萨莫起先说", "萨莫起")).toBe(false);
    expect(runOn("王建国起先说", "王建国起")).toBe(false);
    expect(runOn("萨莫耶尔说", "萨莫耶尔")).toBe(false);
    expect(runOn("卡夫洛季起先", "卡夫洛季起")).toBe(true);
    expect(runOn("卡夫甲季起先", "卡夫甲季起")).toBe(false);
    expect(runOn("萨莫耶·甘地表示", "萨莫耶·甘地")).toBe(false);
  });

  it("trims the mention, but not a known name or a credit", () => {
    const texts = [text("协会主席萨莫耶起先反对", "萨莫耶起")];
    trimForeignRunOns(texts, new Set(), isWord);
    expect(texts[0]!.mentions[0]!.name).toBe("萨莫耶");
    const known = [text("协会主席萨莫耶起先反对", "萨莫耶起")];
    trimForeignRunOns(known, new Set(["萨莫耶起"]), isWord);
    expect(known[0]!.mentions[0]!.name).toBe("萨莫耶起");
  });
});

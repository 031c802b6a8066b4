import { describe, expect, it } from "vitest";
import { firstReading, readAgain, tagText } from "./mentions";
import { sharedModel } from "./tagger/load-model";

describe("reading a text again with the article's own names", () => {
  const model = sharedModel();
  const texts = ["记者樊纲报道：樊纲说，会议在北京举行。", "会议在北京举行。", "樊纲和欧树和都来了。"];
  const lexicons = { ...model.lexicons, documentNames: new Set(["樊纲", "欧树和"]) };

  it("tags and scores as a full second pass does", () => {
    texts.forEach((text, i) => {
      const again = readAgain(model, firstReading(model, text, i), i, lexicons);
      const full = tagText(model, text, i, lexicons);
      expect(again.chars).toEqual(full.chars);
      expect(again.mentions).toEqual(full.mentions);
      const n = full.chars.length;
      for (let s = 0; s < n; s++)
        for (let e = s + 1; e <= Math.min(n, s + 4); e++)
          expect(again.scorer.spanProbability(s, e)).toBe(full.scorer.spanProbability(s, e));
    });
  });

  it("gives new mentions, leaving the first reading's as they were", () => {
    const first = firstReading(model, texts[1]!, 1);
    const again = readAgain(model, first, 1, lexicons);
    again.mentions.push({ text: 1, start: 0, end: 2, name: "会议", source: "title" });
    expect(first.tagged.mentions).toHaveLength(again.mentions.length - 1);
  });
});

import { describe, expect, it } from "vitest";
import { namesIn } from "../test-helpers.test-helper";
import { endsWithVerbBeforeParticle } from "./verb-before-particle";

const chars = (text: string) => Array.from(text);

describe("a name's last character before the particle 着", () => {
  it("is a verb: the three-character name ends one character sooner", () => {
    expect(endsWithVerbBeforeParticle(chars("的李小拉着母亲"), 1, 4)).toBe(true);
  });

  it("stays the name's before a word that opens with 着, after a two-character name, or without 着", () => {
    expect(endsWithVerbBeforeParticle(chars("王晓光着急地说"), 0, 3)).toBe(false);
    expect(endsWithVerbBeforeParticle(chars("李小拉着"), 0, 2)).toBe(false);
    expect(endsWithVerbBeforeParticle(chars("李小拉说"), 0, 3)).toBe(false);
  });

  it("keeps the verb out of the names the reader sees", () => {
    // the tagger reads 李小拉 (0.87), which the three-character bar of the support check kept
    expect(namesIn("颁奖结束后，获奖的李小拉着母亲的手走下台。")).not.toContain("李小拉");
    expect(namesIn("大家正说着，王晓光着急地跑了进来。")).toContain("王晓光");
  });
});

import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { BIOGRAPHY_OPENING_MIN_PROBABILITY, biographyOpenings } from "./biography-opening";

const slots = (text: string) => biographyOpenings(Array.from(text));

describe("a life story's opening", () => {
  it("finds the name before the comma and the birth year", () => {
    expect(slots("于春林，1958年出生于一个渔民家庭。")).toEqual([{ start: 0, lengths: [3] }]);
    expect(slots("　　柯明，1931年6月生于山村。")).toEqual([{ start: 2, lengths: [2] }]);
    expect(slots("他早年务农。孟达远，1925年生，后参军。")).toEqual([{ start: 6, lengths: [3] }]);
  });

  it("needs the opening, a name shape and the birth word", () => {
    expect(slots("这一年，1928年出生的他进城了。")).toEqual([]);
    expect(slots("来自山区的于春林，1958年出生于渔村。")).toEqual([]);
    expect(slots("于春林，1958年来到渔村。")).toEqual([]);
    expect(slots("于春林，58年出生。")).toEqual([]);
  });

  it("adds the name the tagger doubts, a function character for its surname too", () => {
    const text = "于春林，1958年出生于一个渔民家庭。";
    const low = taggedWith(text, [], 0, (s) => (s === "于春林" ? 0.002 : 0));
    addCueMentions(low, 0, EMPTY_LEXICONS);
    expect(low.mentions.map((m) => m.name)).toEqual(["于春林"]);
    const none = taggedWith(text, [], 0, (s) => (s === "于春林" ? BIOGRAPHY_OPENING_MIN_PROBABILITY / 2 : 0));
    addCueMentions(none, 0, EMPTY_LEXICONS);
    expect(none.mentions).toEqual([]);
  });
});

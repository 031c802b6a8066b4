import { describe, expect, it } from "vitest";
import { addCueMentions, DEPUTY_SLOT_MIN_PROBABILITY } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { deputySlotLengths } from "./deputy-slot-name";

const WORDS = new Set(["亲自", "公司"]);
const isWord = (w: string) => WORDS.has(w);
/** The lengths a name may have at the start of `text` (the title before it is the caller's). */
const lengths = (text: string) => deputySlotLengths(Array.from(text), 0, isWord);

describe("a name between a title and a deputy's title", () => {
  it("ends where the deputy's title starts", () => {
    expect(lengths("群初代表说，")).toEqual([2]);
    expect(lengths("敖其尔委员建议")).toEqual([3]);
    expect(lengths("群初代表：")).toEqual([2]);
  });

  it("needs the title read as a title, not as the verb 代表", () => {
    expect(lengths("群初代表公司发言")).toEqual([]);
    expect(lengths("群初说，")).toEqual([]);
  });

  it("takes no word and no verb of saying", () => {
    expect(lengths("亲自代表说")).toEqual([]);
    expect(lengths("表示代表说")).toEqual([]);
  });

  it("adds the name after a title when the tagger does not rule it out", () => {
    const text = "州文化和旅游局局长群初代表说，要把草原保护好。";
    const sure = taggedWith(text, [], 0, (span) => (span === "群初" ? 0.09 : 0.001));
    addCueMentions(sure, 0, EMPTY_LEXICONS);
    expect(sure.mentions.map((m) => m.name)).toEqual(["群初"]);
    const unlikely = taggedWith(text, [], 0, () => DEPUTY_SLOT_MIN_PROBABILITY / 2);
    addCueMentions(unlikely, 0, EMPTY_LEXICONS);
    expect(unlikely.mentions).toEqual([]);
  });
});

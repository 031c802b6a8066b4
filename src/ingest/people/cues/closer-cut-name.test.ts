import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { closerCutEnd } from "./closer-cut-name";

const noWord = () => false;
const at = (text: string) => Array.from(text);

describe("a name cut one character before what closes it", () => {
  it("takes the character left before a verb of saying or a deputy's title", () => {
    expect(closerCutEnd(at("局长柯远山说，"), 2, 4, noWord)).toBe(5);
    expect(closerCutEnd(at("主委柯远山委员说，"), 2, 4, noWord)).toBe(5);
  });

  it("leaves a name already closed, a character that follows names, and a character making a word with the next", () => {
    expect(closerCutEnd(at("局长柯远说，"), 2, 4, noWord)).toBeNull();
    expect(closerCutEnd(at("局长柯远也说，"), 2, 4, noWord)).toBeNull();
    expect(closerCutEnd(at("局长柯远解说，"), 2, 4, (w) => w === "解说")).toBeNull();
    expect(closerCutEnd(at("局长柯远山来了，"), 2, 4, noWord)).toBeNull();
  });

  it("stretches the tagger's cut name where the tagger does not rule the whole one out", () => {
    const run = (whole: number) => {
      const tagged = taggedWith("局长柯远山说，要干。", ["柯远"], 0, (s) =>
        s === "柯远山" ? whole : s === "柯远" ? 0.5 : 0.0001,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.2)).toEqual(["柯远山"]);
    expect(run(0.05)).toEqual(["柯远"]);
  });
});

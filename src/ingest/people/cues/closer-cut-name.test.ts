import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { closerCutEnd, closerKindAt } from "./closer-cut-name";

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

  it("takes the character left before a title written after the name or before the work it owns", () => {
    expect(closerCutEnd(at("公司柯远山总经理在会上"), 2, 4, noWord)).toBe(5);
    expect(closerCutEnd(at("、柯远山的《山歌》"), 1, 3, noWord)).toBe(4);
    expect(closerKindAt(at("柯远山总经理"), 3)).toBe("title");
    expect(closerKindAt(at("柯远山说"), 3)).toBe("speech");
  });

  it("leaves a name whose next character is a title's or not a work owner's", () => {
    expect(closerCutEnd(at("公司柯远副总经理在会上"), 2, 4, noWord)).toBeNull();
    expect(closerCutEnd(at("、柯远家的山歌"), 1, 3, noWord)).toBeNull();
    expect(closerCutEnd(at("、柯远在的时候"), 1, 3, noWord)).toBeNull();
  });

  it("needs the tagger only not to rule out the whole name before a title", () => {
    const run = (whole: number) => {
      const tagged = taggedWith("公司柯远山总经理在会上讲话。", ["柯远"], 0, (s) =>
        s === "柯远山" ? whole : s === "柯远" ? 0.9 : 0.0001,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.02)).toEqual(["柯远山"]);
    expect(run(0.005)).toEqual(["柯远"]);
  });

  it("takes the character left before a day word, a count of the people named, or a place", () => {
    expect(closerCutEnd(at("主任柯东坡今天到会"), 2, 4, noWord)).toBe(5);
    expect(closerCutEnd(at("、柯秋谷两位大姐"), 1, 3, noWord)).toBe(4);
    const place = (w: string) => w === "青海";
    expect(closerCutEnd(at("院长柯嘉第青海花儿团团长"), 2, 4, noWord, place)).toBe(5);
  });

  it("leaves a household, a verb of going before a place, and a name already closed by a place", () => {
    const place = (w: string) => w === "青海" || w === "北京";
    expect(closerCutEnd(at("主任柯东家今天来了"), 2, 4, noWord)).toBeNull();
    expect(closerCutEnd(at("主任柯东赴北京开会"), 2, 4, noWord, place)).toBeNull();
    expect(closerCutEnd(at("主任柯东北京人"), 2, 4, noWord, place)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { lengthsBeforeWord, listEndSlots } from "./list-end-item";

const TEXT = "那年春天，柯远山和宁小禾、封立夏相继来到山城。";
const chars = Array.from(TEXT);
const at = (name: string) => Array.from(TEXT.slice(0, TEXT.indexOf(name))).length;
const sureAt = (start: number, end: number) => (start === at("柯远山") || start === at("宁小禾")) && end === start + 3;
const words = new Set(["相继", "立夏", "夏相", "来到"]);
const isWord = (w: string) => words.has(w);

describe("the last item of a list of sure names, run on into its verb", () => {
  it("is a slot after the last 、 when two sure names stand before it", () => {
    expect(listEndSlots(chars, sureAt)).toEqual([{ start: at("封立夏"), lengths: [2, 3] }]);
  });

  it("is no slot with one sure name before the 、, nor where a mark closes the item", () => {
    const one = (start: number, end: number) => start === at("宁小禾") && end === start + 3;
    expect(listEndSlots(chars, one)).toEqual([]);
    const closed = Array.from("柯远山、宁小禾、封立夏，相继来到山城。");
    const sure = (s: number, e: number) => (s === 0 || s === 4) && e === s + 3;
    expect(listEndSlots(closed, sure)).toEqual([]);
  });

  it("reads the longest name after which a word starts, over the name's own word (夏相)", () => {
    expect(lengthsBeforeWord(chars, at("封立夏"), [2, 3], isWord)).toEqual([3]);
    expect(lengthsBeforeWord(Array.from("封立……"), 0, [2], isWord)).toEqual([2]);
    expect(lengthsBeforeWord(Array.from("封立夏去"), 0, [2, 3], isWord)).toEqual([]);
  });

  it("adds the name the tagger finds unlikely but does not rule out (apply-cues)", () => {
    const p = (span: string) => (span === "柯远山" || span === "宁小禾" ? 1 : span === "封立夏" ? 0.02 : 0.001);
    const tagged = taggedWith(TEXT, ["柯远山", "宁小禾"], 0, p);
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾", "封立夏"]);
  });

  it("adds none the tagger rules out", () => {
    const p = (span: string) => (span === "柯远山" || span === "宁小禾" ? 1 : 0.001);
    const tagged = taggedWith(TEXT, ["柯远山", "宁小禾"], 0, p);
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾"]);
  });
});

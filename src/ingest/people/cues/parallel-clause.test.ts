import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { dropUnsupportedNames } from "../support";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { parallelClauseSlotAt, parallelClauseSlots, runClauseSlotAt, runClauseSlots } from "./parallel-clause";

const DONORS = "委员方面，柯远山捐款3亿元，宁小禾捐款1亿元，柏青旗下南岭集团捐赠物资，封立夏捐款5万元。";
const chars = Array.from(DONORS);
const at = (name: string) => Array.from(DONORS.slice(0, DONORS.indexOf(name))).length;
/** The sure names of the list: 宁小禾 and 封立夏. */
const sureAt = (start: number, end: number) =>
  (start === at("宁小禾") && end === start + 3) || (start === at("封立夏") && end === start + 3);

describe("a name opening a clause like its sure neighbour's", () => {
  it("is a slot where the clause's word follows a sure name in another clause", () => {
    const slots = parallelClauseSlots(chars, sureAt);
    expect(slots).toEqual([{ start: at("柯远山"), lengths: [3] }]);
    expect(parallelClauseSlotAt(chars, at("柯远山"), at("柯远山") + 3, sureAt)).toBe(true);
  });

  it("is no slot without a sure neighbour followed by the same word", () => {
    expect(parallelClauseSlots(chars, () => false)).toEqual([]);
    const other = "柯远山设立基金，宁小禾捐款1亿元。";
    const sure = (s: number, e: number) => s === 8 && e === 11;
    expect(parallelClauseSlots(Array.from(other), sure)).toEqual([]);
  });

  it("is no slot where one sure name alone is followed by the word", () => {
    const one = (start: number, end: number) => start === at("宁小禾") && end === start + 3;
    expect(parallelClauseSlots(chars, one)).toEqual([]);
  });

  it("is no slot across a sentence's end, nor for the sure name itself", () => {
    const text = "柯远山捐款3亿元。宁小禾捐款1亿元，封立夏捐款5万元。";
    const sure = (s: number, e: number) => (s === 9 || s === 18) && e === s + 3;
    expect(parallelClauseSlots(Array.from(text), sure)).toEqual([]);
  });

  it("adds the names the tagger finds unlikely but does not rule out (apply-cues)", () => {
    const p = (span: string) => (span === "宁小禾" || span === "封立夏" ? 1 : span === "柯远山" ? 0.1 : 0.001);
    const tagged = taggedWith(DONORS, ["宁小禾", "封立夏"], 0, p);
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾", "封立夏"]);
  });

  it("vouches for the tagger's unsure name there (support)", () => {
    const p = (span: string) => (span === "宁小禾" || span === "封立夏" ? 1 : 0.7);
    const t = taggedWith(DONORS, ["柯远山", "宁小禾", "封立夏"], 0, p);
    dropUnsupportedNames([t], [t], EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾", "封立夏"]);
  });
});

describe("a name opening a clause of a run of sure names", () => {
  const RUN = "据统计，柯远山捐款3亿元，宁小禾捐款1亿元，封立夏捐款5万元，柏青设立基金。";
  const runChars = Array.from(RUN);
  const start = (name: string) => Array.from(RUN.slice(0, RUN.indexOf(name))).length;
  const sure = (names: string[]) => (s: number, e: number) =>
    names.some((n) => s === start(n) && e === s + Array.from(n).length);

  it("is a slot whatever its verb where three clauses open with sure names", () => {
    expect(runClauseSlots(runChars, sure(["柯远山", "宁小禾", "封立夏"]))).toEqual([
      { start: start("柏青"), lengths: [2, 3] },
    ]);
    expect(runClauseSlots(runChars, sure(["柯远山", "宁小禾"]))).toEqual([]);
  });

  it("adds the name the tagger half believes (apply-cues)", () => {
    const p = (span: string) =>
      ["柯远山", "宁小禾", "封立夏"].includes(span) ? 1 : span === "柏青" ? 0.4 : span === "柏青设" ? 0.1 : 0.001;
    const tagged = taggedWith(RUN, ["柯远山", "宁小禾", "封立夏"], 0, p);
    addCueMentions(tagged, 0, EMPTY_LEXICONS);
    expect(tagged.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾", "封立夏", "柏青"]);
    const unsure = taggedWith(RUN, ["柯远山", "宁小禾", "封立夏"], 0, (span) => (span === "柏青" ? 0.2 : p(span)));
    addCueMentions(unsure, 0, EMPTY_LEXICONS);
    expect(unsure.mentions.map((m) => m.name)).toEqual(["柯远山", "宁小禾", "封立夏"]);
  });

  it("vouches for the tagger's name there if the tagger half believes it (support)", () => {
    const names = ["柯远山", "宁小禾", "封立夏", "柏青"];
    const p = (low: number) => (span: string) => (span === "柏青" ? low : 1);
    const t = taggedWith(RUN, names, 0, p(0.7));
    dropUnsupportedNames([t], [t], EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(names);
    const unsure = taggedWith(RUN, names, 0, p(0.2));
    dropUnsupportedNames([unsure], [unsure], EMPTY_LEXICONS);
    expect(unsure.mentions.map((m) => m.name)).toEqual(names.slice(0, 3));
  });
});

describe("the slot checks at one position", () => {
  it("answer as the slots of the whole text do, at every position of texts of several sentences", () => {
    // 唐小北 opens a clause of a sentence with one sure name, before sentences of many: no slot
    const text = `唐小北捐款，宁小禾捐款。柯远山捐款3亿元，甘一鸣捐款2亿元，宁小禾捐款1亿元，封立夏捐款5万元。${DONORS}\n`;
    const cs = Array.from(text);
    // every clause-opening three-character span but 甘一鸣's and 唐小北's is sure: a run, parallel words, neither
    const sure = (start: number, end: number) =>
      end - start === 3 && (start === 0 || "，；：。！？\n".includes(cs[start - 1]!)) && !"甘唐".includes(cs[start]!);
    const parallel = parallelClauseSlots(cs, sure);
    const run = runClauseSlots(cs, sure);
    expect(parallel.length).toBeGreaterThan(0);
    expect(run.length).toBeGreaterThan(0);
    for (let start = 0; start < cs.length; start++) {
      for (let end = start + 1; end <= Math.min(cs.length, start + 5); end++) {
        const inSlots = (slots: readonly { start: number; lengths: number[] }[]) =>
          slots.some((c) => c.start === start && c.lengths.includes(end - start));
        expect(parallelClauseSlotAt(cs, start, end, sure)).toBe(inSlots(parallel));
        expect(runClauseSlotAt(cs, start, end, sure)).toBe(inSlots(run));
      }
    }
  });
});

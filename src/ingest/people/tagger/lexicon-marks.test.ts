import { describe, expect, it } from "vitest";
import { sentenceFeatures, toTaggerInput } from "./char-features";
import { Cue, CueMarker, LIVE_CUE_MARKER, lexiconMarks } from "./lexicon-marks";
import { EMPTY_LEXICONS } from "./lexicons";

describe("lexiconMarks", () => {
  it("marks where a title ends and a speech verb or honorific starts", () => {
    const input = toTaggerInput("总书记江泽民同志指出");
    const { endsAt, startsAt } = lexiconMarks(input.text, input.offsets);
    expect(endsAt[2]).toBe(Cue.Title); // 总书记 | 书记 end here
    expect(startsAt[6]).toBe(Cue.Honorific); // 同志
    expect(startsAt[8]).toBe(Cue.Speech); // 指出
    expect([...endsAt].filter((c) => c !== Cue.None)).toHaveLength(1);
  });
});

describe("a model's own cue words", () => {
  // a marker as an older model would carry it: 站长 and 表示 only (the live lists hold 书记 and 指出 too)
  const older = new CueMarker({ before: [["站长", Cue.Title]], after: [["表示", Cue.Speech]] });

  it("marks its own words and not the live lists' later ones", () => {
    const input = toTaggerInput("书记甲乙丙指出，站长丁戊表示");
    const live = lexiconMarks(input.text, input.offsets);
    expect(live.endsAt[1]).toBe(Cue.Title); // 书记: a live title
    expect(live.startsAt[5]).toBe(Cue.Speech); // 指出
    const own = lexiconMarks(input.text, input.offsets, older);
    expect(own.endsAt[1]).toBe(Cue.None);
    expect(own.startsAt[5]).toBe(Cue.None);
    expect(own.endsAt[9]).toBe(Cue.Title); // 站长
    expect(own.startsAt[12]).toBe(Cue.Speech); // 表示
  });

  it("gives the tagger other features than the live lists where they differ", () => {
    const input = toTaggerInput("书记甲乙丙指出");
    const withLive = sentenceFeatures(input, EMPTY_LEXICONS);
    const withOwn = sentenceFeatures(input, { ...EMPTY_LEXICONS, cueMarker: older });
    expect(Array.from(withOwn)).not.toEqual(Array.from(withLive));
    // the live marker stored in the lexicons is the same as none at all
    expect(Array.from(sentenceFeatures(input, { ...EMPTY_LEXICONS, cueMarker: LIVE_CUE_MARKER }))).toEqual(
      Array.from(withLive),
    );
  });

  it("round-trips through its entries, sorted", () => {
    const copy = new CueMarker(LIVE_CUE_MARKER.entries());
    expect(copy.entries()).toEqual(LIVE_CUE_MARKER.entries());
    const words = LIVE_CUE_MARKER.entries().before.map(([w]) => w);
    expect(words).toEqual([...words].sort());
    expect(words).toContain("书记");
  });

  it("refuses a word without a valid cue, saying which", () => {
    expect(() => new CueMarker({ before: [["站长", 9 as Cue]], after: [] })).toThrow(/站长/);
    expect(() => new CueMarker({ before: [], after: [["", Cue.Speech]] })).toThrow(/no valid cue/);
  });
});

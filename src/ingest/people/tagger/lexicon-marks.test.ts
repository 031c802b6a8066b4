import { describe, expect, it } from "vitest";
import { toTaggerInput } from "./char-features";
import { Cue, lexiconMarks } from "./lexicon-marks";

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

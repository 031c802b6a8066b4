import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../seeded-random";
import { speakerCandidates, speechVerbAt } from "./speech-verb-cue";
import { SPEECH_VERBS } from "./speech-verbs";

const found = (text: string) => {
  const chars = Array.from(text);
  return speakerCandidates(chars).map(({ start, lengths }) =>
    lengths.map((l) => chars.slice(start, start + l).join("")),
  );
};

describe("speech-verb cue", () => {
  it("finds a name-shaped speaker at a boundary before a speech verb (seed)", () => {
    expect(found("，谭玉成表示，自从")).toEqual([["谭玉成"]]);
    expect(found("。樊小纲认为，要")).toEqual([["樊小纲"]]);
    expect(found("队长古泰毓说。")).toEqual([]);
  });

  it("ignores speakers that are not name-shaped", () => {
    expect(found("，会议指出，")).toEqual([]);
    expect(found("，大家表示，")).toEqual([]);
  });

  it("takes the longest verb", () => {
    expect(speechVerbAt(Array.from("王五笑着说"), 2)).toBe("笑着说");
    expect(speechVerbAt(Array.from("王五表示"), 2)).toBe("表示");
    expect(speechVerbAt(Array.from("王五表"), 2)).toBeNull();
  });

  it("finds the verb a look at the six characters after finds, the longest first, at every position of made-up texts", () => {
    const verbs = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);
    const pieces = [...SPEECH_VERBS, "王", "刚", "的", "𠀋", "，"];
    const random = mulberry32(5);
    for (let round = 0; round < 300; round++) {
      const chars = Array.from(
        Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]!).join(
          "",
        ),
      );
      for (let i = 0; i <= chars.length + 1; i++) {
        const next = chars.slice(i, i + 6).join("");
        expect(speechVerbAt(chars, i)).toBe(verbs.find((v) => next.startsWith(v)) ?? null);
      }
    }
  });
});

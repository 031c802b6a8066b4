import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { givenNameReadAlone } from "./surname-left-out";

describe("a cue's name whose given name the tagger read alone", () => {
  it("finds the tagger's mention that is the cue's three-character name less its surname", () => {
    const tagged = taggedWith("市运会冠军成雪红昨天宣布复出", ["雪红"]);
    expect(givenNameReadAlone(tagged.mentions, 5, 8)?.name).toBe("雪红");
    expect(givenNameReadAlone(tagged.mentions, 5, 7)).toBeUndefined();
    expect(givenNameReadAlone(taggedWith("市运会冠军成雪红昨天宣布复出", ["成雪红"]).mentions, 5, 8)).toBeUndefined();
  });

  it("gives the tagger's given name way to the cue's whole name", () => {
    const run = (whole: number) => {
      const tagged = taggedWith("市运会冠军成雪红昨天宣布复出。", ["雪红"], 0, (s) =>
        s === "成雪红" ? whole : s === "雪红" ? 0.5 : 0,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.4)).toEqual(["成雪红"]);
    // the tagger rules the whole name out: its own reading stays
    expect(run(0.001)).toEqual(["雪红"]);
  });
});

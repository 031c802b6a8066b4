import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { namesIn, taggedWith } from "../test-helpers.test-helper";
import { agentAfterYouAt, agentAfterYouLengths } from "./agent-after-you";

const chars = (text: string) => Array.from(text);

describe("a name between 由 and its part in a work", () => {
  it("stands between 由 and a verb of the work or of a post", () => {
    expect(agentAfterYouAt(chars("由柴兆松作曲"), 1, 4)).toBe(true);
    expect(agentAfterYouAt(chars("由柯明远担任总导演"), 1, 4)).toBe(true);
    expect(agentAfterYouAt(chars("和柴兆松作曲"), 1, 4)).toBe(false);
    expect(agentAfterYouAt(chars("由柴兆松写成"), 1, 4)).toBe(false);
    expect(agentAfterYouLengths(chars("由柴兆松作曲"), 1, [2, 3])).toEqual([3]);
  });

  it("vouches for the tagger's unsure name there", () => {
    // the tagger reads 柯明远 at 0.70, under the bar of a name nothing vouches for
    expect(namesIn("新剧由柯明远担任总导演。")).toEqual(["柯明远"]);
    // 编排 is no verb of the list: the slot is open, and the tagger doubts the name (0.09)
    expect(namesIn("新剧由柯明远编排。")).toEqual([]);
  });

  it("adds the name the tagger doubted, unless it rules it out", () => {
    const run = (probability: number) => {
      const tagged = taggedWith("这首新歌由柴兆松作曲，今年春天首演。", [], 0, (s) =>
        s === "柴兆松" ? probability : 0,
      );
      addCueMentions(tagged, 0, EMPTY_LEXICONS);
      return tagged.mentions.map((m) => m.name);
    };
    expect(run(0.16)).toEqual(["柴兆松"]);
    expect(run(0.01)).toEqual([]);
  });
});

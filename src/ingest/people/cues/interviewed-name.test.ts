import { describe, expect, it } from "vitest";
import { namesIn } from "../test-helpers.test-helper";
import { interviewFrameAt } from "./interviewed-name";

const chars = (text: string) => Array.from(text);

describe("a name before 接受…采访", () => {
  it("reads the frame with the interviewer between, or none", () => {
    expect(interviewFrameAt(chars("杨柳接受记者采访时"), 2)).toBe(true);
    expect(interviewFrameAt(chars("杨柳接受本报记者采访"), 2)).toBe(true);
    expect(interviewFrameAt(chars("杨柳接受采访"), 2)).toBe(true);
  });

  it("reads no frame without 采访, across punctuation, or too far on", () => {
    expect(interviewFrameAt(chars("杨柳接受了一项新任务"), 2)).toBe(false);
    expect(interviewFrameAt(chars("杨柳接受了，采访"), 2)).toBe(false);
    expect(interviewFrameAt(chars("杨柳接受中央人民广播电台记者采访"), 2)).toBe(false);
  });

  it("vouches for a name that is also a word", () => {
    // 杨柳 (willows) needs a cue; the tagger is 0.91 sure of it either way
    expect(namesIn("公园管理处的杨柳接受本报记者采访时，谈起新栽的树苗。")).toContain("杨柳");
    expect(namesIn("公园管理处的杨柳接受了一项新任务。")).not.toContain("杨柳");
  });
});

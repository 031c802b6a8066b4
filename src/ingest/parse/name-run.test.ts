import { describe, expect, it } from "vitest";
import { splitNameRun } from "./name-run";

describe("splitNameRun", () => {
  it("splits three-character names", () => {
    expect(splitNameRun("戴柳君何文萍")).toEqual(["戴柳君", "何文萍"]);
  });
  it("handles compound surnames and two-character names", () => {
    expect(splitNameRun("欧阳文清陈波")).toEqual(["欧阳文清", "陈波"]);
  });
  it("refuses a run that does not start with a surname", () => {
    expect(splitNameRun("的确如此好")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { namesAPartyCommittee } from "./party-committee-place";

describe("a name inside a Party committee's name", () => {
  it("is the committee's place wherever else it stands", () => {
    expect(namesAPartyCommittee("中共江南青禾市委书记林禾。青禾是沿江城市。", "青禾")).toBe(true);
    expect(namesAPartyCommittee("中共青禾县委召开会议。", "青禾")).toBe(true);
  });

  it("not where 中共 is missing, too far, or a clause stands between", () => {
    expect(namesAPartyCommittee("林禾市委书记说，要抓好工作。", "林禾")).toBe(false);
    expect(namesAPartyCommittee("中共党员、老师林禾市委书记", "林禾")).toBe(false);
    expect(namesAPartyCommittee("中共中央委员会委员和代表林禾县委书记", "林禾")).toBe(false);
    expect(namesAPartyCommittee("中共青禾市纪委书记林禾说。", "林禾")).toBe(false);
  });
});

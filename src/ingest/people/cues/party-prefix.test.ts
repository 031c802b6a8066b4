import { describe, expect, it } from "vitest";
import { partyPrefixStart } from "./party-prefix";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("party prefix", () => {
  it("finds 中共 right before a title or before its place", () => {
    expect(partyPrefixStart(chars("中共陕西省委书记"), 2)).toBe(0);
    expect(partyPrefixStart(chars("中共平安县委书记"), 4)).toBe(0);
    expect(partyPrefixStart(chars("中共和平安县委书记"), 5)).toBeNull();
    expect(partyPrefixStart(chars("平安县委书记"), 2)).toBeNull();
  });

  it("gives the committee's title with the party's name", () => {
    expect(titlesBefore(chars("中共平安县委书记方立新说"), 8, new Set())).toEqual(["中共平安县委书记"]);
    expect(titlesBefore(chars("中共陕西省委原书记方立新说"), 9, new Set(["陕西"]))).toEqual(["中共陕西省委原书记"]);
  });
});

import { describe, expect, it } from "vitest";
import { scoreRmrbArticle } from "./rmrb-gold";

describe("rmrb gold scoring", () => {
  it("scores a short form tied to a person as that person, with that person's roles", () => {
    const gold = {
      file: "invented.txt",
      people: [
        { name: "多明戈·贝塔松", roles: ["外长"] },
        { name: "贝塔松", roles: ["外长"] },
      ],
      optional: [],
    };
    const score = scoreRmrbArticle(
      gold,
      [{ name: "多明戈·贝塔松", roles: ["外长"] }],
      new Map([["贝塔松", "多明戈·贝塔松"]]),
    );
    expect(score).toMatchObject({ tp: 2, fp: 0, fn: 0, rolesExact: 2 });
  });

  it("counts a surname with a form of address neither way, unless the gold lists it", () => {
    const gold = { file: "invented.txt", people: [{ name: "小林", roles: [] }], optional: [] };
    const found = ["老吴", "李某", "小林", "吴老"].map((name) => ({ name, roles: [] }));
    const score = scoreRmrbArticle(gold, found);
    expect(score).toMatchObject({ tp: 1, fp: 1, fn: 0, addressForms: ["老吴", "李某"], falsePositives: ["吴老"] });
  });
});

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
});

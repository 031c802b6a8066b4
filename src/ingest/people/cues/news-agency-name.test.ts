import { describe, expect, it } from "vitest";
import { dropNotPersons } from "../not-persons";
import { taggedWith } from "../test-helpers.test-helper";
import { namesANewsAgency } from "./news-agency-name";

describe("a news agency's short name", () => {
  it("ends in 通社, or ends in 社 in brackets after a 通讯社", () => {
    expect(namesANewsAgency("", "乌通社")).toBe(true);
    expect(namesANewsAgency("据南岭通讯社（岭社）报道", "岭社")).toBe(true);
    expect(namesANewsAgency("柯建社说", "柯建社")).toBe(false);
  });

  it("is no person at any mention", () => {
    const t = taggedWith("据南岭国通讯社（乌通社）报道。乌通社援引消息说，柯远山表示欢迎。", ["乌通社", "柯远山"]);
    dropNotPersons([t], new Set());
    expect(t.mentions.map((m) => m.name)).toEqual(["柯远山"]);
  });
});

import { describe, expect, it } from "vitest";
import { dropNotPersons } from "../not-persons";
import { taggedWith } from "../test-helpers.test-helper";
import { namesAnOrganisation } from "./organisation-context";

describe("a name printed before an organisation's word", () => {
  it("is that organisation's name wherever else it stands", () => {
    expect(namesAnOrganisation("有路就有青禾车。青禾公司的人说", "青禾")).toBe(true);
    expect(namesAnOrganisation("吉林队的王宏与青禾队的于净", "青禾")).toBe(true);
    expect(namesAnOrganisation("他是青禾矿务局的工人", "青禾")).toBe(true);
  });

  it("is a person's name before a post, a verb or another word", () => {
    expect(namesAnOrganisation("林禾队长说，林禾队员们都来了", "林禾")).toBe(false);
    expect(namesAnOrganisation("林禾组织成立了突击队", "林禾")).toBe(false);
    expect(namesAnOrganisation("林禾大学毕业后回乡", "林禾")).toBe(false);
    expect(namesAnOrganisation("林禾说，公司变了", "林禾")).toBe(false);
  });

  it("is a school's name before 大学 or 学院 only when spelt in transliteration characters", () => {
    expect(namesAnOrganisation("帕多瓦大学物理系教授巴丹尼说", "帕多瓦")).toBe(true);
    expect(namesAnOrganisation("斯坦福学院的研究", "斯坦福")).toBe(true);
    expect(namesAnOrganisation("林禾大学毕业后回到家乡", "林禾")).toBe(false);
  });

  it("drops every mention of such a name, not a known name (not-persons)", () => {
    const t = taggedWith("有路就有青禾车，青禾公司的林禾说", ["青禾", "林禾"]);
    dropNotPersons([t], new Set());
    expect(t.mentions.map((m) => m.name)).toEqual(["林禾"]);
    const known = taggedWith("有路就有青禾车，青禾公司的林禾说", ["青禾", "林禾"]);
    dropNotPersons([known], new Set(["青禾"]));
    expect(known.mentions.map((m) => m.name)).toEqual(["青禾", "林禾"]);
  });
});

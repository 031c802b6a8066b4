import { describe, expect, it } from "vitest";
import { dropNotPersons } from "../not-persons";
import { taggedWith } from "../test-helpers.test-helper";
import { namesANationalBody } from "./national-body";

describe("the short name of a national or world body", () => {
  it("is a name the article prints right after 国家, 全国, 世界 or 国际", () => {
    expect(namesANationalBody("据国家林草委通报，林草委派出专家", "林草委")).toBe(true);
    expect(namesANationalBody("世界泳联公布赛历。泳联主席说", "泳联")).toBe(true);
  });

  it("is a body's abbreviation right after a place's admin level", () => {
    expect(namesANationalBody("平安新区林草委和海关", "林草委")).toBe(true);
    expect(namesANationalBody("平安新区柯大山和海关", "柯大山")).toBe(false);
  });

  it("is not a person after a title or a description that follows the owner", () => {
    expect(namesANationalBody("国家主席柯大山会见了来宾", "柯大山")).toBe(false);
    expect(namesANationalBody("世界冠军柯小林说", "柯小林")).toBe(false);
    expect(namesANationalBody("柯大山说，国家会支持", "柯大山")).toBe(false);
  });

  it("goes from the article's people at every mention, unless the model knows the name", () => {
    const text = "据国家林草委通报，林草委派出专家。";
    const kept = (known: string[]) => {
      const tagged = [taggedWith(text, ["林草委", "林草委"], 0, () => 0.9)];
      dropNotPersons(tagged, new Set(known));
      return tagged[0]!.mentions.map((m) => m.name);
    };
    expect(kept([])).toEqual([]);
    expect(kept(["林草委"])).toEqual(["林草委", "林草委"]);
  });
});

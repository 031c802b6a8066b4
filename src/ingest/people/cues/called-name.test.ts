import { describe, expect, it } from "vitest";
import { calledNameCandidates } from "./called-name";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";

const found = (text: string) => {
  const chars = Array.from(text);
  return calledNameCandidates(chars).flatMap(({ start, lengths }) =>
    lengths.map((l) => chars.slice(start, start + l).join("")),
  );
};

describe("a name after 叫", () => {
  it("takes a surname-led name or a transliteration run that ends at 的 or punctuation", () => {
    expect(found("一位叫孔方的店主说")).toEqual(["孔方"]);
    expect(found("男的叫柯远山，女的叫卡莫拉。")).toEqual(["柯远山", "卡莫拉"]);
    expect(found("一位叫做孔方的店主")).toEqual(["孔方"]);
  });

  it("leaves 叫 followed by anything that does not end there", () => {
    expect(found("他叫孔方去买菜。")).toEqual([]);
    expect(found("大家都叫好。")).toEqual([]);
  });
});

describe("a called name that starts with a place's name", () => {
  it("keeps the name whole: both its ends are fixed", () => {
    const names = (text: string) => extractPeople(plainArticle(text)).map((p) => p.name);
    expect(names("一位名叫江西林的工人说。")).toContain("江西林");
    expect(names("有个名叫温州平的青年，")).toContain("温州平");
  });
});

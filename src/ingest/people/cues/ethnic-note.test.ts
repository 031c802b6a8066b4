import { describe, expect, it } from "vitest";
import { addCueMentions } from "../apply-cues";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { taggedWith } from "../test-helpers.test-helper";
import { isEthnicNote, notedNames } from "./ethnic-note";

const names = (text: string) => {
  const chars = Array.from(text);
  return notedNames(chars).map(({ start, end }) => chars.slice(start, end).join(""));
};

describe("a nationality note after a name", () => {
  it("is a nationality, with the sex or not", () => {
    expect(isEthnicNote("藏族")).toBe(true);
    expect(isEthnicNote("女、维吾尔族")).toBe(true);
    expect(isEthnicNote("女，蒙古族")).toBe(true);
    expect(isEthnicNote("女")).toBe(false);
    expect(isEthnicNote("上班族")).toBe(false);
    expect(isEthnicNote("中华民族")).toBe(false);
  });

  it("makes the whole item before it one name", () => {
    expect(names("王大林、次旺灵智多吉（藏族）、柯远（女）为副省长")).toEqual(["次旺灵智多吉"]);
    expect(names("李小青、阿布都热合木·卡迪尔（女、维吾尔族）、许为")).toEqual(["阿布都热合木·卡迪尔"]);
    expect(names("选举阿布都热合木·卡迪尔（维吾尔族）为院长")).toEqual(["阿布都热合木·卡迪尔"]);
  });

  it("reads no name from a clause or a word before other brackets", () => {
    expect(names("这些年轻的城里人（上班族）很忙")).toEqual([]);
    expect(names("自治区政府主席和副主席们（藏族）都到了")).toEqual([]);
  });

  it("replaces the tagger's pieces of the name (apply-cues)", () => {
    const t = taggedWith("王大林、次旺灵智多吉（藏族）、柯远（女）为副省长", ["王大林", "多吉", "柯远"]);
    addCueMentions(t, 0, EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["王大林", "次旺灵智多吉", "柯远"]);
  });
});

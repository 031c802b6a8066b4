import { describe, expect, it } from "vitest";
import { isHan } from "@/text/char-class";
import { mulberry32 } from "../../seeded-random";
import {
  japaneseNameCandidates,
  JAPANESE_FAMILY_NAMES,
  listedFamilyAt,
  MAX_GIVEN_LENGTH,
  mentionsJapan,
  MORE_FAMILY_NAMES,
} from "./japanese-name";
import { speechVerbAt } from "./speech-verb-cue";
import { HONORIFICS } from "./speech-verbs";
import { titleAfter } from "./title-phrase";

const candidates = (text: string) => {
  const chars = Array.from(text);
  return japaneseNameCandidates(chars).map(({ start, lengths }) =>
    lengths.map((l) => chars.slice(start, start + l).join("")),
  );
};

describe("Japanese names", () => {
  it("offers a listed family name with the given-name lengths that end where a name ends", () => {
    expect(candidates("继石田退三、中川不器男之后")).toEqual([["石田退三"], ["中川不器男"]]);
    expect(candidates("客人高桥健一先生说")).toEqual([["高桥健一"]]);
    expect(candidates("由佐佐木和子女士主持")).toEqual([["佐佐木和子"]]);
    // no end in sight: every length, the tagger chooses
    expect(candidates("田中角荣访华")).toEqual([["田中角", "田中角荣", "田中角荣访"]]);
  });

  it("takes no given name past the Han characters nor beyond three characters", () => {
    expect(candidates("佐藤，")).toEqual([]);
    expect(candidates("佐藤Ａ")).toEqual([]);
    expect(
      candidates(`佐藤${"美".repeat(MAX_GIVEN_LENGTH + 2)}`)[0]!.every((n) => n.length <= 2 + MAX_GIVEN_LENGTH),
    ).toBe(true);
    expect(candidates("中山大学的小林同学")).toEqual([]);
  });

  it("lists no family name that is a common Chinese word or place", () => {
    for (const word of ["中山", "小林", "金子", "和田", "清水", "山下", "大西"])
      expect(JAPANESE_FAMILY_NAMES.has(word)).toBe(false);
  });

  it("lists more family names, a three-character one among them", () => {
    for (const family of MORE_FAMILY_NAMES.split(" ")) expect(JAPANESE_FAMILY_NAMES.has(family)).toBe(true);
    expect(candidates("由堀内信雄先生主持")).toEqual([["堀内信雄"]]);
    expect(candidates("前首相中曾根良夫先生到场")).toEqual([["中曾根良夫"]]);
    for (const word of ["野中", "前原", "石破", "二阶"]) expect(JAPANESE_FAMILY_NAMES.has(word)).toBe(false);
  });

  it("offers no given name that starts with a function character: the family name stands alone", () => {
    expect(candidates("津田和细川也都离去")).toEqual([["津田和细川"]]);
    expect(candidates("细川也都离去")).toEqual([]);
    expect(candidates("细川都不同意")).toEqual([]);
  });

  it("tells where a listed family name starts", () => {
    const chars = Array.from("以小泽正夫为首");
    expect(listedFamilyAt(chars, 1)).toBe(true);
    expect(listedFamilyAt(chars, 0)).toBe(false);
    expect(listedFamilyAt(chars, 2)).toBe(false);
  });

  it("asks only in an article that speaks of Japan", () => {
    expect(mentionsJapan(["标题", "日本客人来访"])).toBe(true);
    expect(mentionsJapan(["中日友好"])).toBe(true);
    expect(mentionsJapan(["石田村的村民"])).toBe(false);
  });
});

describe("Japanese family names looked up in place", () => {
  /** The cue as first written: the family name and what follows sliced and joined at every position. */
  function slicedCandidates(chars: readonly string[]) {
    const endsName = (end: number) => {
      const next = chars[end];
      if (next === undefined || !isHan(next) || "之的在等和与及是也都为将已曾还又".includes(next)) return true;
      const after = chars.slice(end, end + 2).join("");
      return (
        HONORIFICS.some((h) => after.startsWith(h)) ||
        titleAfter(chars, end) !== null ||
        speechVerbAt(chars, end) !== null
      );
    };
    const out: { start: number; lengths: number[] }[] = [];
    for (let start = 0; start < chars.length; start++) {
      for (const familyLength of [3, 2]) {
        if (!JAPANESE_FAMILY_NAMES.has(chars.slice(start, start + familyLength).join(""))) continue;
        if ("的也都在是已曾还又".includes(chars[start + familyLength] || "-")) break;
        const lengths: number[] = [];
        for (let given = 1; given <= MAX_GIVEN_LENGTH; given++) {
          const end = start + familyLength + given;
          if (end > chars.length || !isHan(chars[end - 1]!)) break;
          lengths.push(familyLength + given);
        }
        const ended = lengths.filter((length) => endsName(start + length));
        if (lengths.length > 0) out.push({ start, lengths: ended.length > 0 ? ended : lengths });
        break;
      }
    }
    return out;
  }

  it("offers what the sliced-and-joined lookup offered, at every position of made-up texts", () => {
    const pieces = [
      ...JAPANESE_FAMILY_NAMES,
      ...HONORIFICS,
      "佐",
      "木",
      "博",
      "美",
      "的",
      "说",
      "首相",
      "𠀋",
      "，",
      "Ａ",
    ];
    const random = mulberry32(13);
    let offered = 0;
    for (let round = 0; round < 400; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => pieces[Math.floor(random() * pieces.length)]!,
      );
      const chars = Array.from(text.join(""));
      const found = japaneseNameCandidates(chars);
      expect(found).toEqual(slicedCandidates(chars));
      offered += found.length;
    }
    expect(offered).toBeGreaterThan(100);
  });
});

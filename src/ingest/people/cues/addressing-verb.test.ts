import { describe, expect, it } from "vitest";
import { trimAffixedNames } from "../consistency";
import { taggedWith } from "../test-helpers.test-helper";

describe("a verb of addressing glued to a name", () => {
  it("is cut off a name the article also writes alone", () => {
    const t = taggedWith("主席致卡洛斯总统的口信。卡洛斯表示感谢。", ["致卡洛斯", "卡洛斯"]);
    t.mentions[1] = { ...t.mentions[1]!, start: 13, end: 16 };
    trimAffixedNames([t]);
    expect(t.mentions.map((m) => m.name)).toEqual(["卡洛斯", "卡洛斯"]);
  });
});

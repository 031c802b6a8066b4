import { describe, expect, it } from "vitest";
import type { Person } from "../../src/bundle/schema";
import { seal, sealName } from "../gold/seal";
import { readRmrbGold, scoreRmrbArticle, sealRmrbGold } from "./rmrb-gold";

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

describe("sealed rmrb gold", () => {
  // made-up articles: line 1 kicker, 2 headline, 3 subheadline, then the body
  const articles: Record<string, string> = {
    "a.txt": "\n青禾县书屋开张\n\n　　本报记者 甄小明\n　　青禾县县长柯远山和副县长吴一帆今天走访书屋。老吴说好。",
    "b.txt": "\n小镇新事\n\n　　镇长白若水、村民 林 二 妹 参加了活动。",
  };
  const plain = [
    {
      file: "a.txt",
      people: [
        { name: "甄小明", roles: ["reporter"] },
        { name: "柯远山", roles: ["县长", "青禾县县长"] },
        { name: "吴一帆", roles: ["副县长"] },
      ],
      optional: ["老吴"],
    },
    {
      file: "b.txt",
      people: [
        { name: "白若水", roles: ["镇长"] },
        { name: "林 二 妹", roles: [] },
      ],
      optional: [],
    },
  ];
  const predicted: Record<string, Person[]> = {
    "a.txt": [
      { name: "甄小明", roles: ["reporter"] },
      { name: "柯远山", roles: ["县长"] },
      { name: "书屋", roles: [] },
      { name: "老吴", roles: [] },
    ],
    "b.txt": [
      { name: "白若水", roles: ["镇长"] },
      { name: "林二妹", roles: ["村民"] },
      { name: "李某", roles: [] },
    ],
  };
  const plainText = plain.map((a) => JSON.stringify(a)).join("\n");
  const sealedText = sealRmrbGold(plainText, "plain.jsonl", (f) => articles[f]!);

  it("holds seals, not the strings, and reads back as sealed", () => {
    for (const s of ["甄小明", "柯远山", "县长", "老吴", "林"]) expect(sealedText).not.toContain(s);
    expect(sealedText).toContain('"reporter"');
    const gold = readRmrbGold(sealedText, "sealed.jsonl");
    expect(gold.map((a) => a.sealed)).toEqual([true, true]);
    expect(gold[0]!.people[1]!.roles).toEqual([seal("青禾县县长")]);
  });

  it("scores a sealed article exactly as the plain one, errors unsealed from the article", () => {
    const sealed = readRmrbGold(sealedText, "sealed.jsonl");
    const fromPlain = readRmrbGold(plainText, "plain.jsonl");
    for (const [i, article] of fromPlain.entries()) {
      const p = predicted[article.file]!;
      const a = scoreRmrbArticle(article, p);
      const b = scoreRmrbArticle(sealed[i]!, p, new Map(), articles[article.file]);
      expect(b).toEqual(a);
    }
    // the made-up cases do exercise every count
    const a = scoreRmrbArticle(fromPlain[0]!, predicted["a.txt"]!);
    expect(a).toMatchObject({ tp: 2, fp: 1, fn: 1, rolesExact: 1, falseNegatives: ["吴一帆"] });
    expect(a.roleMisses).toEqual(["柯远山: 县长 (gold 青禾县县长)"]);
  });

  it("names a gold string by its seal when the article does not hold it", () => {
    const [article] = readRmrbGold(sealedText, "sealed.jsonl");
    expect(scoreRmrbArticle(article!, [], new Map(), "").falseNegatives).toContain(sealName("吴一帆"));
  });

  it("will not seal a string that is not in its article, naming the file and the seal", () => {
    const wrong = JSON.stringify({ file: "b.txt", people: [{ name: "白若水", roles: ["县长"] }], optional: [] });
    expect(() => sealRmrbGold(wrong, "plain.jsonl", (f) => articles[f]!)).toThrow(
      `plain.jsonl: b.txt: the string sealed ${seal("县长")} is not in the article`,
    );
  });
});

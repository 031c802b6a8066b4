import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { familyOf, tieJapaneseFamilyNames } from "./japanese-family-alias";

const none = () => false;

describe("a Japanese family name used alone", () => {
  it("is the full name's first two characters, or a listed three-character family name", () => {
    expect(familyOf("原田美惠子")).toBe("原田");
    expect(familyOf("角谷昭")).toBe("角谷");
    expect(familyOf("长谷川纯一")).toBe("长谷川");
    expect(familyOf("长谷川")).toBeNull();
    expect(familyOf("王明")).toBeNull();
    expect(familyOf("乔治·华盛顿")).toBeNull();
  });

  it("stands for the full name where it stands alone in a name slot before what ends a name", () => {
    const t = taggedWith("原田美惠子当选为会长。原田表示，协会将扩大交流。", ["原田美惠子"]);
    const aliases = tieJapaneseFamilyNames([t], none);
    expect(t.mentions.map((m) => m.name)).toEqual(["原田美惠子", "原田"]);
    expect([...aliases]).toEqual([["原田", "原田美惠子"]]);
  });

  it("is not read inside a word, before a character that goes on, or where it is a known word", () => {
    const t = taggedWith("角谷昭出席了会议。会场的角谷门前，角谷楼下站满了人。", ["角谷昭"]);
    expect(tieJapaneseFamilyNames([t], none).size).toBe(0);
    expect(t.mentions.map((m) => m.name)).toEqual(["角谷昭"]);
    const known = taggedWith("原田美惠子当选为会长。原田表示同意。", ["原田美惠子"]);
    expect(tieJapaneseFamilyNames([known], (w) => w === "原田").size).toBe(0);
  });

  it("is no person where the article names a firm after it", () => {
    const t = taggedWith("角谷昭创办了角谷公司。角谷的产品远销海外。", ["角谷昭"]);
    expect(tieJapaneseFamilyNames([t], none).size).toBe(0);
    expect(t.mentions.map((m) => m.name)).toEqual(["角谷昭"]);
  });

  it("is a mention of its own, tied to no one, when two full names share it", () => {
    const t = taggedWith("角谷昭和角谷健一郎都到了。角谷说，会议很成功。", ["角谷昭", "角谷健一郎"]);
    expect(tieJapaneseFamilyNames([t], none).size).toBe(0);
    expect(t.mentions.map((m) => m.name)).toEqual(["角谷昭", "角谷健一郎", "角谷"]);
  });
});

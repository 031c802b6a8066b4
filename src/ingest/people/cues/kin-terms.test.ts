import { describe, expect, it } from "vitest";
import { kinTermEnding, kinWithoutOwner } from "./kin-terms";
import { kinTermOf } from "./kin-object";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";

const rolesOf = (text: string) => new Map(extractPeople(plainArticle(text)).map((p) => [p.name, p.roles] as const));

describe("kin terms", () => {
  it("knows the in-laws, siblings, grandchildren and the birth-ordered kin", () => {
    expect(kinTermEnding("公公")).toBe("公公");
    expect(kinTermEnding("弟弟")).toBe("弟弟");
    expect(kinTermEnding("孙子")).toBe("孙子");
    expect(kinTermEnding("外孙女")).toBe("外孙女");
    expect(kinTermEnding("二嫂")).toBe("二嫂");
    expect(kinTermEnding("三叔")).toBe("三叔");
  });

  it("knows no word that is no kin", () => {
    expect(kinTermEnding("村民")).toBeNull();
    expect(kinTermEnding("二手")).toBeNull();
    expect(kinTermEnding("嫂")).toBeNull();
  });

  it("keeps the kin term alone after its owner's name", () => {
    const isNameEnd = (front: string) => ["周秀兰", "刘建国"].some((n) => n.endsWith(front));
    expect(kinWithoutOwner("秀兰丈夫", kinTermOf, isNameEnd)).toBe("丈夫");
    expect(kinWithoutOwner("周秀兰二嫂", kinTermOf, isNameEnd)).toBe("二嫂");
    expect(kinWithoutOwner("老实丈夫", kinTermOf, isNameEnd)).toBe("老实丈夫");
    expect(kinWithoutOwner("村民", kinTermOf, isNameEnd)).toBe("村民");
    expect(kinWithoutOwner("烈士母亲", kinTermOf, isNameEnd)).toBe("烈士母亲");
  });

  it("keeps a kin term with its birth order, without a count or a verb in front", () => {
    const isNameEnd = () => false;
    expect(kinWithoutOwner("周秀兰四儿媳", kinTermOf, isNameEnd)).toBe("四儿媳");
    expect(kinWithoutOwner("一孙子", kinTermOf, isNameEnd)).toBe("孙子");
    expect(kinWithoutOwner("过户给孙子", kinTermOf, isNameEnd)).toBe("孙子");
    expect(kinWithoutOwner("二嫂", kinTermOf, isNameEnd)).toBe("二嫂");
  });

  it("gives a named person's kin the kin term as their role", () => {
    const roles = rolesOf(
      "本报讯 周秀兰的公公刘长河早年参军。刘长河的弟弟刘长江也当过兵。让奶奶最得意的，是孙子刘晓阳。刘建国的二嫂孙桂芝开了一家小饭店。",
    );
    expect(roles.get("刘长河")).toEqual(["公公"]);
    expect(roles.get("刘长江")).toEqual(["弟弟"]);
    expect(roles.get("刘晓阳")).toEqual(["孙子"]);
    expect(roles.get("孙桂芝")).toEqual(["二嫂"]);
  });

  it("leaves someone else's kin in the clause after a name", () => {
    const roles = rolesOf("本报讯 刘长江，刘长河的弟弟，1932年参军。");
    expect(roles.get("刘长江")).toEqual([]);
  });
});

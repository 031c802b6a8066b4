import { describe, expect, it } from "vitest";
import { mentionRoles, mergeRoles } from "./roles";
import { taggedWith } from "./test-helpers.test-helper";

const rolesIn = (text: string, names: string[]) =>
  [...mentionRoles(taggedWith(text, names), new Set())].map(([m, r]) => [m.name, r]);

describe("roles", () => {
  it("gives each mention its titles, and list items the titles of the list's first name (seed)", () => {
    expect(rolesIn("，金秀县领导莫春东、王炳吉、陈波参加", ["莫春东", "王炳吉", "陈波"])).toEqual([
      ["莫春东", ["金秀县领导"]],
      ["王炳吉", ["金秀县领导"]],
      ["陈波", ["金秀县领导"]],
    ]);
  });

  it("reads titles after a name and credits (seed)", () => {
    expect(rolesIn("学习习近平总书记讲话。通讯员梁宇摄", ["习近平", "梁宇"])).toEqual([
      ["习近平", ["总书记"]],
      ["梁宇", ["reporter"]],
    ]);
  });

  it("reads a title or a description cut in front by a dictionary proper noun whole", () => {
    const dictionary = { properNouns: new Set(["南沙洲"]), commonWords: new Set<string>() };
    const roles = (text: string, names: string[]) =>
      [...mentionRoles(taggedWith(text, names), new Set(), dictionary)].map(([m, r]) => [m.name, r]);
    expect(roles("。南沙洲中国文化中心主任林晓雯说", ["林晓雯"])).toEqual([["林晓雯", ["南沙洲中国文化中心主任"]]]);
    expect(roles("的母亲、南沙洲知名社会活动家宋丽华", ["宋丽华"])).toEqual([["宋丽华", ["南沙洲知名社会活动家"]]]);
  });

  it("merges a person's roles: once each, shorter forms of a longer title dropped, credits alone", () => {
    expect(mergeRoles(["书记", "省委书记", "书记"])).toEqual(["省委书记"]);
    expect(mergeRoles(["区委副书记", "区长", "区长"])).toEqual(["区委副书记", "区长"]);
    expect(mergeRoles(["区长", "reporter"])).toEqual(["reporter"]);
    expect(mergeRoles([])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { deputyBracketedPosts } from "./deputy-bracketed-posts";
import { titlesBefore } from "./title-phrase";
import { descriptionBefore } from "./description";

const rolesAfter = (text: string, name: string) => {
  const c = Array.from(text);
  const end = Array.from(text.slice(0, text.indexOf(name) + name.length)).length;
  return deputyBracketedPosts(
    c,
    end,
    (at) => titlesBefore(c, at),
    (at) => descriptionBefore(c, at),
  );
};

describe("a deputy's posts in a bracket after the title", () => {
  it("reads the deputy title and every post in the bracket", () => {
    expect(rolesAfter("　　周立新代表（南岭省委书记）", "周立新")).toEqual(["代表", "南岭省委书记"]);
    expect(rolesAfter("　　周立新代表（南岭省委书记、省人大常委会主任）", "周立新")).toEqual([
      "代表",
      "南岭省委书记",
      "省人大常委会主任",
    ]);
    expect(rolesAfter("　　——林晓东委员（南岭大学法学院教授）", "林晓东")).toEqual(["委员", "南岭大学法学院教授"]);
  });

  it("gives nothing when the bracket holds no posts, or no deputy title follows the name", () => {
    expect(rolesAfter("　　周立新代表（左二）在会上发言。", "周立新")).toEqual([]);
    expect(rolesAfter("　　周立新代表（2020年5月）", "周立新")).toEqual([]);
    expect(rolesAfter("　　周立新（南岭省委书记）", "周立新")).toEqual([]);
    expect(rolesAfter("　　周立新代表公司发言。", "周立新")).toEqual([]);
  });
});

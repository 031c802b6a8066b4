import { describe, expect, it } from "vitest";
import { withoutVerbPhraseFront } from "./verb-phrase-front";
import { mentionRoles } from "../roles";
import { taggedWith } from "../test-helpers.test-helper";

/** The role `role` read right before the name at `at` in `text`, with its verb tail taken off. */
const cut = (text: string, role: string) =>
  withoutVerbPhraseFront(Array.from(text), Array.from(text).indexOf("|"), role);

describe("verb phrase front", () => {
  it("starts the role after a verb's result complement 到", () => {
    expect(cut("林秀跑到村第一书记|", "林秀跑到村第一书记")).toBe("村第一书记");
    expect(cut("名片寻到南方理工大学退休教授|", "名片寻到南方理工大学退休教授")).toBe("南方理工大学退休教授");
    const text = "不能再拖了。刘春兰跑到村第一书记赵国庆那里，说了想法。";
    const roles = [...mentionRoles(taggedWith(text, ["刘春兰", "赵国庆"]), new Set())].map(([m, r]) => [m.name, r]);
    expect(roles).toContainEqual(["赵国庆", ["村第一书记"]]);
  });

  it("takes off 着, 随 after 跟, and 还有 in front", () => {
    expect(cut("跟着丈夫|", "着丈夫")).toBe("丈夫");
    expect(cut("跟随医疗队队长|", "随医疗队队长")).toBe("医疗队队长");
    expect(cut("，还有诗歌作者|", "还有诗歌作者")).toBe("诗歌作者");
  });

  it("leaves postings, 着-words, 随 as a role's own word and too short a rest", () => {
    expect(cut("派到村里的干部|", "派到村里的干部")).toBe("派到村里的干部");
    expect(cut("着陆场副总设计师|", "着陆场副总设计师")).toBe("着陆场副总设计师");
    expect(cut("，随军家属|", "随军家属")).toBe("随军家属");
    expect(cut("找到人|", "找到人")).toBe("找到人");
  });
});

import { describe, expect, it } from "vitest";
import { clauseTitleStart, MAX_CLAUSE_TITLE_LENGTH } from "./title-clause";

/** The title read to its clause start, when the parser's title is `cut` (a suffix of the text before the name). */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const end = chars.length;
  return chars.slice(clauseTitleStart(chars, end - Array.from(cut).length, end)).join("");
};

describe("titles cut inside a word", () => {
  it("read on to the clause start", () => {
    expect(read("。中共中央政治局委员、中宣部部长", "部部长")).toBe("中宣部部长");
    expect(read("1月9日电  国家主席", "主席")).toBe("国家主席");
    expect(read("（记者陈文仙）以色列国防部长", "部长")).toBe("以色列国防部长");
  });

  it("take an opener inside a committee's name that runs on into the title (学习委员会)", () => {
    expect(read("，南岭政协书画学习委员会秘书长", "委员会秘书长")).toBe("南岭政协书画学习委员会秘书长");
    expect(read("，认真学习南岭省委书记", "省委书记")).toBe("南岭省委书记");
  });

  it("stop after a verb or a pronoun that opens the clause", () => {
    expect(read("，会见越南国防部长", "部长")).toBe("越南国防部长");
    expect(read("本报讯县长", "县长")).toBe("县长");
    expect(read("，介绍南岭卫生组织总干事", "总干事")).toBe("南岭卫生组织总干事");
    expect(read("7日援引北山咨询公司专家", "专家")).toBe("北山咨询公司专家");
    expect(read("，并视频连线后方中医肺病专家", "专家")).toBe("后方中医肺病专家");
    expect(read("。但重症医学专家", "专家")).toBe("重症医学专家");
    expect(read("，南岭省纪委监委发布北山市委副书记", "市委副书记")).toBe("北山市委副书记");
    expect(read("。南岭通报东川县委原书记", "县委原书记")).toBe("东川县委原书记");
    expect(read("，正如北山集团董事总经理", "董事总经理")).toBe("北山集团董事总经理");
    expect(read("，热烈欢迎南岭国家主席", "主席")).toBe("南岭国家主席");
    expect(read("。记者见到南岭镇党委书记", "党委书记")).toBe("南岭镇党委书记");
  });

  it("read over a function character or an opener inside a body's name", () => {
    expect(read("，南岭应对疫情工作领导小组组长", "组长")).toBe("南岭应对疫情工作领导小组组长");
    expect(read("，南岭人民对外友好协会会长", "会长")).toBe("南岭人民对外友好协会会长");
    expect(read("，南岭新型冠状病毒感染的肺炎防治专家组副组长", "肺炎防治专家组副组长")).toBe(
      "南岭新型冠状病毒感染的肺炎防治专家组副组长",
    );
    expect(read("，城关派出所所长", "所长")).toBe("城关派出所所长");
    expect(read("”南岭市大数据局规划科工作人员", "工作人员")).toBe("南岭市大数据局规划科工作人员");
    expect(read("，我们应对疫情工作领导小组组长", "组长")).toBe("应对疫情工作领导小组组长");
    expect(read("，我们村党支部书记", "书记")).toBe("村党支部书记");
  });

  it("read the leaders' fixed phrase over its 和 (党和国家领导人)", () => {
    expect(read("。党和国家领导人", "领导人")).toBe("党和国家领导人");
    expect(read("，工人和国家干部", "干部")).toBe("国家干部");
  });

  it("leave a title that starts a word, or a stretch over the length limit", () => {
    expect(read("，区长", "区长")).toBe("区长");
    expect(read(`，${"甲".repeat(MAX_CLAUSE_TITLE_LENGTH)}主席`, "主席")).toBe("主席");
  });
});

import { describe, expect, it } from "vitest";
import { possessiveOrganisationStart } from "./possessive-organisation";

/** The title read with its organisation when the parser's title is `cut` (a suffix of `text`); null when not. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const start = possessiveOrganisationStart(chars, chars.length - Array.from(cut).length, chars.length);
  return start === null ? null : chars.slice(start).join("");
};

describe("a title whose organisation is joined to it by 的", () => {
  it("takes an organisation that opens its clause", () => {
    expect(read("。青山市东城区太平街道桃园社区的社区书记", "社区书记")).toBe("青山市东城区太平街道桃园社区的社区书记");
    expect(read("。农家乐半山饭店的老板", "老板")).toBe("农家乐半山饭店的老板");
    expect(read("据山城电力公司的总经理", "总经理")).toBe("山城电力公司的总经理");
  });

  it("takes an organisation and the field the post is responsible for", () => {
    expect(read("，东海联盟委员会负责渔业与海洋事务的委员", "委员")).toBe("东海联盟委员会负责渔业与海洋事务的委员");
  });

  it("leaves a part that is no organisation, starts inside a clause, or holds a verb", () => {
    expect(read("，村里的老党员", "老党员")).toBeNull();
    expect(read("，青山市东城区和平街道桃园社区的社区书记", "社区书记")).toBeNull();
    expect(read("，他的同学", "同学")).toBeNull();
    expect(read("，在山城电力公司的总经理", "总经理")).toBeNull();
    expect(read("。支援山城医院的护士", "护士")).toBeNull();
    expect(read("，某公司的老板", "老板")).toBeNull();
    expect(read("，毕业于山城大学的陆军某旅副旅长", "陆军某旅副旅长")).toBeNull();
    expect(read("，家住桃园社区的居民", "居民")).toBeNull();
    expect(read("。山城空间科学研究所的该项目负责人", "该项目负责人")).toBeNull();
    expect(read("，山城电力公司负责的项目经理", "项目经理")).toBeNull();
  });

  it("leaves a title not joined by 的", () => {
    expect(read("。山城电力公司总经理", "总经理")).toBeNull();
  });
});

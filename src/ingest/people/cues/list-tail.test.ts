import { describe, expect, it } from "vitest";
import { listTailHead, type ListName } from "./list-tail";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";

/** The name whose roles the name `last` of `text` shares; `names` are where the text's names stand. */
const head = (text: string, names: readonly string[], last: string, described: readonly string[] = []) => {
  const spans: (ListName & { name: string })[] = names.map((name) => {
    const start = text.indexOf(name);
    return { name, start, end: start + name.length };
  });
  const found = listTailHead(
    Array.from(text),
    text.indexOf(last),
    (end) => spans.find((s) => s.end === end),
    (s) => described.includes(s.name),
  );
  return found?.name ?? null;
};

describe("the last name of a list, after 和", () => {
  it("shares the head of a 、 list", () => {
    expect(head("，体操队员陈一鸣、赵子轩和郑雨桐参加", ["陈一鸣", "赵子轩", "郑雨桐"], "郑雨桐")).toBe("赵子轩");
    expect(head("，队员陈一鸣、赵子轩以及郑雨桐参加", ["陈一鸣", "赵子轩", "郑雨桐"], "郑雨桐")).toBe("赵子轩");
  });

  it("shares a description said of a pair", () => {
    expect(head("，脱贫户冯秀英和苏桂兰", ["冯秀英", "苏桂兰"], "苏桂兰", ["冯秀英"])).toBe("冯秀英");
  });

  it("leaves a pair after a post, and a name not right after the joiner", () => {
    expect(head("，国家主席冯秀英和苏桂兰", ["冯秀英", "苏桂兰"], "苏桂兰")).toBeNull();
    expect(head("，冯秀英、赵子轩和村民苏桂兰", ["冯秀英", "赵子轩", "苏桂兰"], "苏桂兰")).toBeNull();
  });

  it("gives every name of a list its head", () => {
    const people = extractPeople(plainArticle("本报讯 体操队员陈一鸣、赵子轩、吴浩然和郑雨桐参加了集训。"));
    expect(people.map((p) => [p.name, p.roles])).toEqual(
      ["陈一鸣", "赵子轩", "吴浩然", "郑雨桐"].map((n) => [n, ["体操队员"]]),
    );
  });
});

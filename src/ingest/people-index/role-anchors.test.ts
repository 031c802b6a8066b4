import { describe, expect, it } from "vitest";
import { roleAnchors } from "./role-anchors";

const keys = (role: string) => roleAnchors(role).map((a) => a.key);

describe("roleAnchors", () => {
  it("anchors a known place to its province, whatever its level", () => {
    expect(keys("湖北省委书记")).toEqual(["p:42"]);
    expect(keys("武汉市委副书记")).toEqual(["p:42"]);
    expect(keys("中共湖北省委常委")).toEqual(["p:42"]);
    expect(keys("茂南区委书记")).toEqual(["p:44"]);
    expect(roleAnchors("湖北代表团团长")).toEqual([{ key: "p:42", label: "湖北" }]);
  });

  it("anchors a place it does not know to itself, and reads a place inside a place", () => {
    expect(roleAnchors("平安县红星村党支部书记")).toEqual([
      { key: "x:平安县", label: "平安县" },
      { key: "x:红星村", label: "红星村" },
    ]);
    expect(keys("平安县卫生健康局局长")).toEqual(["x:平安县"]);
  });

  it("anchors a named body or a country when the title names no place", () => {
    expect(keys("清华大学教授")).toEqual(["o:清华大学"]);
    expect(keys("美国总统")).toEqual(["k:US"]);
    expect(keys("孟加拉国总理")).toEqual(["k:BD"]);
    expect(keys("以色列国防部长")).toEqual(["k:IL"]);
    expect(keys("美国前国防部长")).toEqual(["k:US"]);
    expect(keys("印度尼西亚总统")).toEqual(keys("印尼总统"));
    expect(keys("大藏省大臣")).toEqual([]);
    // A country's name that starts a body's name or a people's is neither.
    expect(keys("哥伦比亚大学教授")).toEqual(["o:哥伦比亚大学"]);
    expect(keys("蒙古族干部")).toEqual([]);
    expect(keys("县副县长")).toEqual([]);
  });

  it("anchors the centre's posts together, and not its members and deputies", () => {
    expect(roleAnchors("国务院总理")).toEqual([{ key: "n:", label: "国务院" }]);
    expect(keys("中共中央总书记")).toEqual(["n:"]);
    expect(keys("国家主席")).toEqual(["n:"]);
    expect(keys("中共中央政治局委员")).toEqual([]);
    expect(keys("国务委员")).toEqual(["n:"]);
    // A ministry or a central bank without its country may be another country's.
    expect(keys("国防部长")).toEqual([]);
    expect(keys("中央银行行长")).toEqual([]);
    expect(keys("国务院发言人")).toEqual([]);
  });

  it("anchors nowhere a post held before: careers cross provinces", () => {
    expect(keys("时任浙江省委书记")).toEqual([]);
    expect(keys("原红塔集团董事长")).toEqual([]);
  });

  it("anchors nowhere the country as a whole, a bare post, a kind of place or a body already named", () => {
    for (const role of ["全国人大代表", "全国政协委员", "中国驻美大使", "县委书记", "村党支部书记", "村民", "局长"])
      expect(keys(role), role).toEqual([]);
    expect(keys("开发区管委会主任")).toEqual([]);
    expect(keys("该公司总经理")).toEqual([]);
    expect(keys("我国驻美大使")).toEqual([]);
    // A title read with a word before it anchors nowhere rather than to a "place" such as 又讯中.
    expect(keys("又讯中国驻美大使")).toEqual([]);
    // … and the end of a dateline is read past.
    expect(keys("日讯国务院总理")).toEqual(["n:"]);
  });
});

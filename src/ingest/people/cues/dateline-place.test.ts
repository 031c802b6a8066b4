import { describe, expect, it } from "vitest";
import { datelinePlaces } from "./dateline-place";

describe("the places of a dateline", () => {
  it("reads one place or a list of places before the date", () => {
    expect([...datelinePlaces("本报南岭2月17日电 （记者张三）今天")]).toEqual(["南岭"]);
    expect([...datelinePlaces("（本报北山、西河、东海12月8日电 王五、赵六）")]).toEqual(["北山", "西河", "东海"]);
    expect([...datelinePlaces("新华社平安10月1日电 会议")]).toEqual(["平安"]);
    expect([...datelinePlaces("新华社东岭１月２０日电 会议")]).toEqual(["东岭"]);
  });

  it("reads the city after its country as a place too", () => {
    expect([...datelinePlaces("本报瑞士南岭1月21日电  （记者张三）")]).toEqual(["瑞士南岭", "南岭"]);
    expect([...datelinePlaces("新华社瑞士1月21日电 会议")]).toEqual(["瑞士"]);
  });

  it("reads nothing where no date closes with 电", () => {
    expect([...datelinePlaces("张三2月17日在南岭说")]).toEqual([]);
  });
});

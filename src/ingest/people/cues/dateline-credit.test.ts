import { describe, expect, it } from "vitest";
import { datelineCreditRuns } from "./dateline-credit";

const names = (text: string) => {
  const chars = Array.from(text);
  return datelineCreditRuns(chars).map((r) => chars.slice(r.start, r.end).join(""));
};

describe("names in brackets after a dateline", () => {
  it("reads the bracketed names right after the dateline", () => {
    expect(names("本报南京5月4日电  （林小禾、宋远）新建的图书馆昨天开放。")).toEqual(["林小禾", "宋远"]);
    expect(names("本报北京5月4日电（方圆）会议在京召开。")).toEqual(["方圆"]);
    expect(names("据新华社南岭5月4日电  （林小禾、宋远）比赛昨天结束。")).toEqual(["林小禾", "宋远"]);
  });

  it("reads no bracket away from a dateline, nor one that holds other words", () => {
    expect(names("会议在京召开（林小禾、宋远）。")).toEqual([]);
    expect(names("据报道（林小禾、宋远）会议在京召开。")).toEqual([]);
    expect(names("本报北京5月4日电  （记者从会上获悉）会议在京召开。")).toEqual([]);
    expect(names("本报北京5月4日电  （林小禾等）会议在京召开。")).toEqual([]);
    expect(names("本报北京5月4日电  会议（林小禾）在京召开。")).toEqual([]);
  });
});

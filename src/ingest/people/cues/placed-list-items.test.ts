import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { addPlacedListNames, placedListNeighbours, PLACED_ITEM_MIN_PROBABILITY } from "./placed-list-items";

const PLACES = new Set(["新疆", "湖南", "江苏", "北京", "乌苏里"]);
const isPlace = (w: string) => PLACES.has(w);
const neighbours = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = text.indexOf(name);
  return placedListNeighbours(chars, { start, end: start + name.length }, isPlace).map(({ end, lengths }) =>
    lengths.map((l) => chars.slice(end - l, end).join("")),
  );
};

describe("names after their place or organisation in a list", () => {
  it("reads the end of each placed item as a name, on both sides of a name found", () => {
    expect(neighbours("新疆柯建中、湖南柯春平、江苏柯文量、北京柯淑兰等读者", "柯春平")).toEqual([
      ["柯文量"],
      ["柯淑兰"],
      ["柯建中"],
    ]);
    expect(neighbours("南开大学柯欣、柯光华等人", "柯光华")).toEqual([["柯欣"]]);
  });

  it("reads nothing in a list with anything else in it", () => {
    expect(neighbours("鳇、柯氏鲟、乌苏里白鲑、乌苏里大马哈鱼等鱼类", "柯氏鲟")).toEqual([]);
    expect(neighbours("湖南柯春平、江苏的工厂、北京柯淑兰", "柯春平")).toEqual([]);
  });

  it("adds the names the tagger does not rule out, from a name that stands on its own", () => {
    const odds = (s: string) => (s === "柯光华" ? 0.95 : s === "柯欣" ? PLACED_ITEM_MIN_PROBABILITY : 0.0001);
    const sure = taggedWith("南开大学柯欣、柯光华等人指出", ["柯光华"], 0, odds);
    addPlacedListNames(sure, 0, isPlace);
    expect(sure.mentions.map((m) => [m.name, m.source])).toEqual([
      ["柯欣", "list"],
      ["柯光华", "tagger"],
    ]);

    const weak = taggedWith("南开大学柯欣、柯光华等人指出", ["柯光华"], 0, (s) => (s === "柯光华" ? 0.5 : odds(s)));
    addPlacedListNames(weak, 0, isPlace);
    expect(weak.mentions.map((m) => m.name)).toEqual(["柯光华"]);

    const ruledOut = taggedWith("南开大学柯欣、柯光华等人指出", ["柯光华"], 0, (s) => (s === "柯欣" ? 0 : odds(s)));
    addPlacedListNames(ruledOut, 0, isPlace);
    expect(ruledOut.mentions.map((m) => m.name)).toEqual(["柯光华"]);
  });
});

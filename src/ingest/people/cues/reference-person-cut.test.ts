import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { extendReferencePersonCuts } from "./reference-person-cut";

const persons = new Set(["卡洛维茨", "白石川", "奥兰帝国", "马文", "马文先生"]);
const names = (text: string, found: string[]) => {
  const t = taggedWith(text, found);
  extendReferencePersonCuts(
    [t],
    persons,
    (w) => w === "马文",
    (w) => w === "奥兰帝国",
  );
  return t.mentions.map((m) => m.name);
};

describe("a name cut short of a listed person", () => {
  it("is stretched to the person the text writes there", () => {
    expect(names("研究作家卡洛维茨的生平", ["卡洛维"])).toEqual(["卡洛维茨"]);
    expect(names("画家白石川曾在此作画", ["白石"])).toEqual(["白石川"]);
  });

  it("stays when the text goes on into no listed person, or another name stands there", () => {
    expect(names("卡洛维说，明天出发", ["卡洛维"])).toEqual(["卡洛维"]);
    expect(names("白石川江同行", ["白石", "川江"])).toEqual(["白石", "川江"]);
    // a listed person or a known name before more of a listed entry, and a stretch into a place
    expect(names("马文先生来了", ["马文"])).toEqual(["马文"]);
    expect(names("奥兰帝国的疆域", ["奥兰帝"])).toEqual(["奥兰帝"]);
  });
});

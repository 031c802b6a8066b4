import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { descriptorEndsAt } from "./descriptor-cue";

const slot = (text: string, name: string) => descriptorEndsAt(Array.from(text), text.indexOf(name));
const kept = (text: string, name: string) => {
  const texts = [taggedWith(text, [name], 0, () => 0.3)];
  dropUnsupportedNames(texts, texts, EMPTY_LEXICONS);
  return texts[0]!.mentions.map((m) => m.name);
};

describe("everyday describing words before a name", () => {
  it("open a name slot (kin, folk, modern descriptions)", () => {
    expect(slot("老院长的夫人柯若兰亲自来到", "柯若兰")).toBe(true);
    expect(slot("他把小姑娘龙小美抱在怀里", "龙小美")).toBe(true);
    expect(slot("热情的美籍华人吴一行把伞发给大家", "吴一行")).toBe(true);
    expect(slot("社区志愿者周晓岚每天都来", "周晓岚")).toBe(true);
    expect(slot("水果摊主柯大山笑着说", "柯大山")).toBe(true);
  });

  it("vouch for an unsure name right after them, and for nothing elsewhere", () => {
    expect(kept("对遇难壮士余大顺墓地的凭吊", "余大顺")).toEqual(["余大顺"]);
    expect(kept("对遇难的余大顺墓地的凭吊", "余大顺")).toEqual([]);
  });

  it("open a slot after who someone is in a village, a case or a school (session 41)", () => {
    expect(slot("六十多岁的老牧民柯巴对孙子说", "柯巴")).toBe(true);
    expect(slot("作案的歹徒余旺财已被抓获", "余旺财")).toBe(true);
    expect(slot("股民余大海去年买入两万股", "余大海")).toBe(true);
    expect(slot("这是村里２４岁的青年柯如兵在办喜事", "柯如兵")).toBe(true);
    expect(slot("犯罪嫌疑人余大飞从外地回家", "余大飞")).toBe(true);
    expect(kept("中巴司机龙永华因此受了处分", "龙永华")).toEqual(["龙永华"]);
  });

  it("open a slot after a firm's owner (session 44)", () => {
    expect(slot("镇上一家家具厂的老板蒲长发，去年把工厂搬进了园区", "蒲长发")).toBe(true);
    expect(kept("镇上一家家具厂的老板蒲长发，去年把工厂搬进了园区", "蒲长发")).toEqual(["蒲长发"]);
  });
});

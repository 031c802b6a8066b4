import { describe, expect, it } from "vitest";
import { namesAPlace } from "./place-context";

describe("a name printed before a place's word", () => {
  it("is that place's name wherever else it stands", () => {
    expect(namesAPlace("德胜人都知道，德胜村的土豆好。", "德胜")).toBe(true);
    expect(namesAPlace("住在金桂小区的人说。", "金桂")).toBe(true);
    expect(namesAPlace("一条小河流过青禾镇。", "青禾")).toBe(true);
  });

  it("is a site's or a park's name before 遗址 or 公园", () => {
    expect(namesAPlace("新疆木台岳城子遗址是一处汉代城址。", "岳城子")).toBe(true);
    expect(namesAPlace("由苏郎樟公园等景观组成。", "苏郎樟")).toBe(true);
  });

  it("is a city's name before 市 (not before 市长, 市委 or a word such as 市场)", () => {
    expect(namesAPlace("青禾打造新名片。云南省青禾市公安局", "青禾")).toBe(true);
    expect(namesAPlace("林禾市长说，林禾市委书记也来了。", "林禾")).toBe(false);
    expect(namesAPlace("林禾市场意识强。", "林禾")).toBe(false);
  });

  it("is not a town's name before a word that starts with 镇 (镇定, 镇静)", () => {
    expect(namesAPlace("林禾镇定自若地说，林禾镇静下来。", "林禾")).toBe(false);
    expect(namesAPlace("青禾镇的农民说。", "青禾")).toBe(true);
  });

  it("is a person's name before a title or another word", () => {
    expect(namesAPlace("林禾村长说，林禾县委书记也来了。", "林禾")).toBe(false);
    expect(namesAPlace("林禾说，村里变了。", "林禾")).toBe(false);
    expect(namesAPlace("林禾的家在村口。", "林禾")).toBe(false);
  });
});

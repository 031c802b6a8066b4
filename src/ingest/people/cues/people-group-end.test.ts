import { describe, expect, it } from "vitest";
import { peopleGroupEndAt } from "./people-group-end";

const at = (text: string, name: string) => peopleGroupEndAt(Array.from(text), text.indexOf(name) + name.length);

describe("a word that closes a group of people", () => {
  it("stands right after the name", () => {
    expect(at("南开大学柳欣、朱光华等人，指出", "朱光华")).toBe(true);
    expect(at("北京康淑兰等读者纷纷来电", "康淑兰")).toBe(true);
    expect(at("李岚清对樱内一行表示欢迎", "樱内")).toBe(true);
  });

  it("is not a group word elsewhere", () => {
    expect(at("苹果、梨等水果", "梨")).toBe(false);
    expect(at("康淑兰说等人来了", "康淑兰")).toBe(false);
  });
});

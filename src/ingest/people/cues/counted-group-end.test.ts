import { describe, expect, it } from "vitest";
import { countedGroupEndAt } from "./counted-group-end";

const at = (text: string, name: string) => countedGroupEndAt(Array.from(text), text.indexOf(name) + name.length);

describe("等 and a head count or a players' word after a name", () => {
  it("closes a group of people", () => {
    expect(at("表彰会上，鲁平川等６名技术员受到嘉奖", "鲁平川")).toBe(true);
    expect(at("席间，鲁平川等三位老人谈起往事", "鲁平川")).toBe(true);
    expect(at("鲁平川等１２人获奖", "鲁平川")).toBe(true);
    expect(at("鲁平川等二十余名同学", "鲁平川")).toBe(true);
    expect(at("当鲁平川等中国选手走进大厅", "鲁平川")).toBe(true);
    expect(at("鲁平川等运动员", "鲁平川")).toBe(true);
  });

  it("does not count things, places or a word that is no player", () => {
    expect(at("南坪、北坳等３家工厂", "北坳")).toBe(false);
    expect(at("南坪、北坳等地", "北坳")).toBe(false);
    expect(at("松柏等树种", "松柏")).toBe(false);
    expect(at("鲁平川等人", "鲁平川")).toBe(false);
    expect(at("鲁平川说", "鲁平川")).toBe(false);
    expect(at("松柏等，选手们", "松柏")).toBe(false);
    expect(at("松柏等许多优良的选手", "松柏")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { descriptionAfter, descriptionBefore, MAX_DESCRIPTION_LENGTH } from "./description";

const at = (text: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return { chars, start, end: start + Array.from(name).length };
};
const before = (text: string, name: string) => {
  const { chars, start } = at(text, name);
  return descriptionBefore(chars, start);
};
const after = (text: string, name: string) => {
  const { chars, end } = at(text, name);
  return descriptionAfter(chars, end);
};

describe("descriptions before a name", () => {
  it("takes the noun phrase in apposition, back to the clause start or a function character", () => {
    expect(before("。返乡大学生刘洋在村里", "刘洋")).toBe("返乡大学生");
    expect(before("凌晨，环卫工人张桂芳已经", "张桂芳")).toBe("环卫工人");
    expect(before("。”村民王秀英说", "王秀英")).toBe("村民");
    expect(before("村里的老党员周文明", "周文明")).toBe("老党员");
  });

  it("reads a qualified description from its qualifier, past the bare length (session 32)", () => {
    expect(before("此时，台上国家一级演员柯向荣正在演唱", "柯向荣")).toBe("国家一级演员");
    expect(before("，著名越剧表演艺术家柯俊身穿", "柯俊")).toBe("著名越剧表演艺术家");
    expect(before("。南岭籍青年男高音歌唱家柯晓庆也", "柯晓庆")).toBe("南岭籍青年男高音歌唱家");
    expect(before("，意大利著名画家柯斐尔", "柯斐尔")).toBe("意大利著名画家");
  });

  it("reads over a function character inside a known place (session 32)", () => {
    const { chars, start } = at("，南岭协和医院西院医生柯维走进病房", "柯维");
    expect(descriptionBefore(chars, start, new Set(["南岭", "协和"]))).toBe("南岭协和医院西院医生");
    expect(descriptionBefore(chars, start)).toBe("医院西院医生");
  });

  it("reads a farmer by the crop before 农, with the village that owns the noun (session 33, rmrb21)", () => {
    expect(before("“种粮有奔头。”南岭省青山县毛坝镇瓦滩村粮农林秀英说。", "林秀英")).toBe(
      "南岭省青山县毛坝镇瓦滩村粮农",
    );
    expect(before("。果农林秀英说", "林秀英")).toBe("果农");
  });

  it("reads the person nouns added in session 35 (rmrb35): audiences, young men, drivers, heroes", () => {
    expect(before("。观众柯安东说，", "柯安东")).toBe("观众");
    expect(before("。80后小伙子柯良是", "柯良")).toBe("小伙子");
    expect(before("，南岭313路公交车司机柯宝中", "柯宝中")).toBe("公交车司机");
    expect(before("。当地小伙柯卡尔", "柯卡尔")).toBe("当地小伙");
    expect(before("，百岁老红军柯承登", "柯承登")).toBe("百岁老红军");
    expect(before("，南岭县探访老英雄柯富清", "柯富清")).toBe("老英雄");
  });

  it("takes no bare 英雄: praise or a memorial's name, not what the person is (session 35)", () => {
    expect(before("，部队建起了英雄柯星纪念馆", "柯星")).toBeNull();
    expect(before("。抗日英雄柯亨植", "柯亨植")).toBe("抗日英雄");
  });

  it("takes a verb or a counter off its front", () => {
    expect(before("，带领村民王建国", "王建国")).toBe("村民");
    expect(before("，一位退休教师陈建华", "陈建华")).toBe("退休教师");
  });

  it("takes a date's, an age's or a generation's unit off its front", () => {
    expect(before("，20岁女青年王秀英说", "王秀英")).toBe("女青年");
    expect(before("，90后市民王秀英说", "王秀英")).toBe("市民");
  });

  it("takes nothing that does not end with a person noun, or is too long", () => {
    expect(before("。今天上午王建国", "王建国")).toBeNull();
    expect(before("。本报记者王建国", "王建国")).toBeNull();
    expect(before(`。${"甲".repeat(MAX_DESCRIPTION_LENGTH)}村民王建国`, "王建国")).toBeNull();
  });
});

describe("descriptions after a name", () => {
  it("reads 是…, after the last 的 and past a counter", () => {
    expect(after("周文明是村里的老党员。", "周文明")).toBe("老党员");
    expect(after("吕晓光是一名种植户，", "吕晓光")).toBe("种植户");
    expect(after("吕晓光是为了村民，", "吕晓光")).toBeNull();
  });

  it("reads a clause of its own after a comma, or brackets", () => {
    expect(after("陈建华，退休教师，每天", "陈建华")).toBe("退休教师");
    expect(after("刘洋（返乡大学生）说", "刘洋")).toBe("返乡大学生");
    expect(after("陈建华，每天下午都在村文化室，", "陈建华")).toBeNull();
    expect(after("陈建华，本来准备去看望丈夫，但", "陈建华")).toBeNull();
    expect(after("陈建华说", "陈建华")).toBeNull();
  });
});

describe("traders as descriptions", () => {
  it("reads a trader by goods or origin, and no firm's word ending in 商", () => {
    expect(before("那场展览让当地华人珠宝商林秀英很受触动", "林秀英")).toBe("当地华人珠宝商");
    expect(before("。茶商林秀英说", "林秀英")).toBe("茶商");
    expect(before("。供应商林秀英说", "林秀英")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import {
  copulaDescriptionAfter,
  copulaPossessiveDescription,
  MAX_COPULA_CLAUSE_LENGTH,
} from "./copula-possessive-description";
import { descriptionBefore } from "./description";

const after = (text: string, name: string) => {
  const chars = Array.from(text);
  return copulaPossessiveDescription(chars, Array.from(name).length, (end) => descriptionBefore(chars, end));
};

describe("a description after 是 and a 的 phrase", () => {
  it("reads the description after the 的 of a long clause", () => {
    expect(after("吴志坚是河口县青石镇上林村卫生室下属服务站的乡村医生，每天出诊。", "吴志坚")).toBe("乡村医生");
  });

  it("drops a count of one after the 的", () => {
    expect(after("赵明远是青山电器的一个小经销商，生意不错。", "赵明远")).toBe("小经销商");
    expect(after("林小雨是街道食堂的一名厨师。", "林小雨")).toBe("厨师");
  });

  it("gives nothing without a 的, with no description after it, or when the clause is too long", () => {
    expect(after("赵明远是小经销商。", "赵明远")).toBeNull();
    expect(after("赵明远是最早来到这里的。", "赵明远")).toBeNull();
    expect(after("赵明远说他是最早来到这里的人。", "赵明远")).toBeNull();
    const long = "赵明远是" + "南".repeat(MAX_COPULA_CLAUSE_LENGTH) + "的乡村医生。";
    expect(after(long, "赵明远")).toBeNull();
  });

  it("keeps what the plain reader found unless it kept a count of one", () => {
    const chars = Array.from("赵明远是青山电器的一个小经销商，生意不错。");
    const describe = (end: number) => descriptionBefore(chars, end);
    expect(copulaDescriptionAfter(chars, 3, "经销商", describe)).toBe("经销商");
    expect(copulaDescriptionAfter(chars, 3, "一个小经销商", describe)).toBe("小经销商");
    expect(copulaDescriptionAfter(chars, 3, null, describe)).toBe("小经销商");
  });
});

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
  it("reads a long clause with its 的 whole", () => {
    expect(after("吴志坚是河口县青石镇上林村卫生室下属服务站的乡村医生，每天出诊。", "吴志坚")).toBe(
      "河口县青石镇上林村卫生室下属服务站的乡村医生",
    );
    expect(after("赵明远是南岭远近闻名的木匠，手艺很好。", "赵明远")).toBe("南岭远近闻名的木匠");
  });

  it("keeps a count of one inside the clause and drops one right after the copula", () => {
    expect(after("赵明远是青山电器的一个小经销商，生意不错。", "赵明远")).toBe("青山电器的一个小经销商");
    expect(after("林小雨是青山县一名普通的食堂厨师。", "林小雨")).toBe("青山县一名普通的食堂厨师");
    expect(after("林小雨是一名普通的食堂厨师。", "林小雨")).toBe("普通的食堂厨师");
  });

  it("gives nothing without a 的, with no description after it, or when the clause is too long", () => {
    expect(after("赵明远是小经销商。", "赵明远")).toBeNull();
    expect(after("赵明远是最早来到这里的。", "赵明远")).toBeNull();
    expect(after("赵明远说他是最早来到这里的人。", "赵明远")).toBeNull();
    const long = "赵明远是" + "南".repeat(MAX_COPULA_CLAUSE_LENGTH) + "的乡村医生。";
    expect(after(long, "赵明远")).toBeNull();
  });

  it("prefers the whole 的 phrase to what the plain reader found", () => {
    const chars = Array.from("赵明远是青山电器的一个小经销商，生意不错。");
    const describe = (end: number) => descriptionBefore(chars, end);
    expect(copulaDescriptionAfter(chars, 3, "经销商", describe)).toBe("青山电器的一个小经销商");
    expect(copulaDescriptionAfter(chars, 3, null, describe)).toBe("青山电器的一个小经销商");
    const plain = Array.from("赵明远是经销商。");
    expect(copulaDescriptionAfter(plain, 3, "经销商", (end) => descriptionBefore(plain, end))).toBe("经销商");
  });
});

import { describe, expect, it } from "vitest";
import { withoutInterviewVerb } from "./interview-dash";

const role = (text: string, name: string, read: string) =>
  withoutInterviewVerb(Array.from(text), text.indexOf(name), read);

describe("an interview's subtitle", () => {
  it("takes the 访 off a title after a dash or opening the line", () => {
    expect(role("——访青禾研究会秘书长韩立川", "韩立川", "访青禾研究会秘书长")).toBe("青禾研究会秘书长");
    expect(role("访青禾研究会秘书长韩立川", "韩立川", "访青禾研究会秘书长")).toBe("青禾研究会秘书长");
    expect(role("标题\n访青禾研究会秘书长韩立川", "韩立川", "访青禾研究会秘书长")).toBe("青禾研究会秘书长");
  });

  it("keeps a role whose 访 stands inside a sentence, or that has no 访", () => {
    expect(role("，走访青禾研究会秘书长韩立川", "韩立川", "访青禾研究会秘书长")).toBe("访青禾研究会秘书长");
    expect(role("——青禾研究会秘书长韩立川", "韩立川", "青禾研究会秘书长")).toBe("青禾研究会秘书长");
    expect(role("——访韩立川", "韩立川", "访")).toBe("访");
  });
});

import { describe, expect, it } from "vitest";
import { isOthersKin } from "./kin-object";
import { descriptionAfter } from "./description";

const chars = (s: string) => Array.from(s);

describe("kin after 的 in a comma clause", () => {
  it("is someone else's kin, not the person's description", () => {
    expect(isOthersKin(chars("长期照顾因病卧床的丈夫"), "丈夫")).toBe(true);
    const text = chars("农户林秀英，长期照顾因病卧床的丈夫。");
    expect(descriptionAfter(text, 5)).toBeNull();
  });

  it("leaves a qualified noun and a bare kin word", () => {
    expect(isOthersKin(chars("村里的老党员"), "老党员")).toBe(false);
    expect(isOthersKin(chars("丈夫"), "丈夫")).toBe(false);
    expect(descriptionAfter(chars("林秀英，村里的老党员。"), 3)).toBe("老党员");
  });
});

import { describe, expect, it } from "vitest";
import { harmoniseTitles } from "./harmonise-titles";

describe("harmoniseTitles", () => {
  it("gives a title the owner of its place that another article prints", () => {
    const forms = harmoniseTitles(["县卫生健康局局长", "平安县卫生健康局局长", "县委书记", "平安县委书记"]);
    expect(forms.get("县卫生健康局局长")).toBe("平安县卫生健康局局长");
    expect(forms.get("平安县卫生健康局局长")).toBe("平安县卫生健康局局长");
    expect(forms.get("县委书记")).toBe("平安县委书记");
  });

  it("takes the longest of forms that nest, and none of forms that disagree", () => {
    expect(harmoniseTitles(["县委书记", "平安县委书记", "中共平安县委书记"]).get("县委书记")).toBe("中共平安县委书记");
    expect(harmoniseTitles(["县委书记", "平安县委书记", "安平县委书记"]).get("县委书记")).toBe("县委书记");
  });

  it("does not guess what a vaguer title leaves out", () => {
    expect(harmoniseTitles(["局长", "平安县卫生健康局局长"]).get("局长")).toBe("局长");
    expect(harmoniseTitles(["书记", "县委书记"]).get("书记")).toBe("书记");
    expect(harmoniseTitles(["reporter"]).get("reporter")).toBe("reporter");
  });
});

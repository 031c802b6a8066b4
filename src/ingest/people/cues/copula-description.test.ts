import { describe, expect, it } from "vitest";
import { descriptionAfter } from "./description";
import { afterCopula } from "./copula-description";

const after = (text: string, name: string) =>
  descriptionAfter(Array.from(text), Array.from(text.slice(0, text.indexOf(name) + name.length)).length);

describe("a description after a name and 是", () => {
  it("keeps the place or body in front of the person noun, as printed", () => {
    expect(after("周海涛是南岭大学附属医院心内科医生。", "周海涛")).toBe("南岭大学附属医院心内科医生");
    expect(after("陶建国是南岭省平安县青石镇柳林村村民。", "陶建国")).toBe("南岭省平安县青石镇柳林村村民");
  });

  it("reads 也是 like 是", () => {
    expect(after("林秀英也是平安县第二人民医院儿科护士，", "林秀英")).toBe("平安县第二人民医院儿科护士");
    expect(afterCopula(Array.from("林秀英也是"), 3)).toBe(5);
    expect(afterCopula(Array.from("林秀英说"), 3)).toBeNull();
  });

  it("keeps the bare description and refuses a clause", () => {
    expect(after("周文明是村里的老党员。", "周文明")).toBe("老党员");
    expect(after("王小二是平安县扶贫工作的主要推动者之一。", "王小二")).toBeNull();
    expect(after("王小二是柳林村第一个走出大山的村民。", "王小二")).toBe("村民");
  });

  it("reads 生前是, what a dead person was, and 警察 as a person noun", () => {
    expect(after("林志远生前是一名老警察。", "林志远")).toBe("老警察");
    expect(after("林志远生前是平安县公安局青石派出所民警，", "林志远")).toBe("平安县公安局青石派出所民警");
    expect(afterCopula(Array.from("林志远生前是"), 3)).toBe(6);
  });
});

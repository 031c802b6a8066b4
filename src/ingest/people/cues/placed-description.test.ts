import { describe, expect, it } from "vitest";
import { descriptionBefore } from "./description";
import { isPlacedDescription } from "./placed-description";

const before = (text: string, name: string) =>
  descriptionBefore(Array.from(text), Array.from(text.slice(0, text.indexOf(name))).length);

describe("a description with its place or body in front", () => {
  it("is kept whole when what stands before the person noun ends with an admin level or a unit", () => {
    const noun = (n: string) => ["村民", "医师", "学生"].includes(n);
    expect(isPlacedDescription("柳林乡青石村村民", noun)).toBe(true);
    expect(isPlacedDescription("平安县疾控中心医师", noun)).toBe(true);
    expect(isPlacedDescription("昨天上午又见到的学生", noun)).toBe(false);
    expect(isPlacedDescription("一二三四五六七八九十一二三四五六七村村民", noun)).toBe(false);
  });

  it("reads the whole phrase before a name, from after the last verb in it", () => {
    expect(before("。山南省柳林乡青石村村民林晓禾说", "林晓禾")).toBe("山南省柳林乡青石村村民");
    expect(before("，平安县疾控中心医师宋远——", "宋远")).toBe("平安县疾控中心医师");
    expect(before("。记者走进青石村村民林晓禾家", "林晓禾")).toBe("青石村村民");
    expect(before("。比利时东部鲁汶大学医学专家安娜说", "安娜")).toBe("比利时东部鲁汶大学医学专家");
    expect(before("。昨天上午他又在县城见到老朋友林晓禾", "林晓禾")).toBe("老朋友");
  });
});

describe("a hospital's department before the person noun", () => {
  it("ends the body like a unit (session 32, rmrb16)", () => {
    const noun = (n: string) => ["医生", "护士"].includes(n);
    expect(isPlacedDescription("南岭大学中南医院重症医学科医生", noun)).toBe(true);
    expect(isPlacedDescription("平安县人民医院儿科护士", noun)).toBe(true);
    expect(before("。平安县第五人民医院耳鼻喉科医生蒋小君的儿子", "蒋小君")).toBe("平安县第五人民医院耳鼻喉科医生");
  });
});

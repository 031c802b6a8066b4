import { describe, expect, it } from "vitest";
import { isAddressForm } from "./address-form";

describe("a surname with a form of address", () => {
  it("is 老X, 小X or X某", () => {
    for (const name of ["老吴", "小王", "李某", "张某某", "欧阳某"]) expect(isAddressForm(name)).toBe(true);
  });

  it("is not a full name, nor a longer name starting with 小 or 老", () => {
    for (const name of ["王小明", "老舍舍", "小林一茶", "某某", "吴老"]) expect(isAddressForm(name)).toBe(false);
  });
});

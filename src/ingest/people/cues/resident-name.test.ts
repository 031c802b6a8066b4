import { describe, expect, it } from "vitest";
import { residentNameAt } from "./resident-name";

const at = (text: string, name: string) =>
  residentNameAt(Array.from(text), Array.from(text.slice(0, text.indexOf(name))).length);

describe("a name after its community or village and 的", () => {
  it("vouches for a name after a named community, estate or village and 的", () => {
    expect(at("家住青松街道翠竹社区的钟小梅来到服务站", "钟小梅")).toBe(true);
    expect(at("石桥村的柯永年说", "柯永年")).toBe(true);
  });

  it("does not after a bare 村 or 社区, or without 的", () => {
    expect(at("农村的柯永年说", "柯永年")).toBe(false);
    expect(at("翠竹社区柯永年说", "柯永年")).toBe(false);
    expect(at("翠竹学校的柯永年说", "柯永年")).toBe(false);
  });
});

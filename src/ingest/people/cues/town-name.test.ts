import { describe, expect, it } from "vitest";
import { townNameStart } from "./town-name";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("town name", () => {
  it("reads a three-character town or township name that opens its clause", () => {
    expect(townNameStart(chars("。石家岭镇人大主席"), 4)).toBe(1);
    expect(townNameStart(chars("青木川乡乡长"), 3)).toBe(0);
    expect(titlesBefore(chars("”石家岭镇人大主席吴小梅说"), 9)).toEqual(["石家岭镇人大主席"]);
  });

  it("reads nothing inside a clause, after a function character, or not at 镇 or 乡", () => {
    expect(townNameStart(chars("我们来到石家岭镇人大主席"), 7)).toBeNull();
    expect(townNameStart(chars("，在家岭镇人大主席"), 4)).toBeNull();
    expect(townNameStart(chars("。石家岭县县长"), 4)).toBeNull();
    expect(titlesBefore(chars("我们来到家岭镇人大主席吴小梅家"), 11)).toEqual(["镇人大主席"]);
  });
});

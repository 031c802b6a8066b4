import { describe, expect, it } from "vitest";
import { withoutApprovalPreposition } from "./approval-verb";

/** The role `role` before `name` in `text`, its approval preposition taken off. */
const read = (text: string, role: string, name: string) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return withoutApprovalPreposition(chars, start, start + Array.from(name).length, role);
};

describe("an approval's 经 opening the clause before a title", () => {
  it("is taken off when a verb of approval follows the name", () => {
    expect(read("。经南山委员会主席林大同批准，", "经南山委员会主席", "林大同")).toBe("南山委员会主席");
    expect(read("经南山省省长林大同同意，", "经南山省省长", "林大同")).toBe("南山省省长");
  });

  it("stays when nothing approves, or the 经 is inside a word or a clause", () => {
    expect(read("。经南山委员会主席林大同说，", "经南山委员会主席", "林大同")).toBe("经南山委员会主席");
    expect(read("曾经南山公司经理林大同批准，", "经南山公司经理", "林大同")).toBe("经南山公司经理");
    expect(read("。经理林大同批准，", "经理", "林大同")).toBe("经理");
  });
});

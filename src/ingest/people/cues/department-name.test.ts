import { describe, expect, it } from "vitest";
import { departmentEndsAt } from "./department-name";

const endsAt = (text: string, name: string) =>
  departmentEndsAt(Array.from(text), Array.from(text.slice(0, text.indexOf(name))).length);

describe("a name after a ministry's department", () => {
  it("finds a department whose body's head stands two to six characters before 司", () => {
    expect(endsAt("国家计委外资司裴远来信写道", "裴远")).toBe(true);
    expect(endsAt("某某部老年保障司聂明华说", "聂明华")).toBe(true);
  });

  it("finds none after a company, a bare 部司, a break or no 司", () => {
    expect(endsAt("船舶总公司裴远说", "裴远")).toBe(false);
    expect(endsAt("某部司裴远说", "裴远")).toBe(false);
    expect(endsAt("外资司裴远说", "裴远")).toBe(false);
    expect(endsAt("外资局裴远说", "裴远")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { dropNotPersons } from "../not-persons";
import { taggedWith } from "../test-helpers.test-helper";
import { namesAHoldingCompany } from "./holding-company";

describe("a holding company's name", () => {
  it("stands before 控股 and a firm's word", () => {
    expect(namesAHoldingCompany("柯达控股集团董事长柯远山说", "柯达")).toBe(true);
    expect(namesAHoldingCompany("柯达控股有限公司", "柯达")).toBe(true);
    expect(namesAHoldingCompany("由柯达控股的企业", "柯达")).toBe(false);
  });

  it("is no person even when the model knows the name", () => {
    const t = taggedWith("柯达控股集团董事长柯远山说。", ["柯达", "柯远山"]);
    dropNotPersons([t], new Set(["柯达"]));
    expect(t.mentions.map((m) => m.name)).toEqual(["柯远山"]);
  });
});

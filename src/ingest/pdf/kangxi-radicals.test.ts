import { expect, it } from "vitest";
import { normalizeRadicals } from "./kangxi-radicals";

it("maps Kangxi radicals to their ideographs and leaves full-width forms as printed", () => {
  expect(normalizeRadicals("区⽂化馆⽇前")).toBe("区文化馆日前");
  expect(normalizeRadicals("１２０，")).toBe("１２０，");
});

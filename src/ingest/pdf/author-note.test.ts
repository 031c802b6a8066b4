import { expect, it } from "vitest";
import { isAuthorNote } from "./author-note";

it("knows the author's note at an article's end, not body text about authors", () => {
  expect(isAuthorNote("（作者为中共中央党校教授）")).toBe(true);
  expect(isAuthorNote("（作 者 单 位 ：重 庆 市 中 国 特 色")).toBe(true);
  expect(isAuthorNote("作者认为，这一点很重要。")).toBe(false);
  expect(isAuthorNote("（下转第2版）")).toBe(false);
});

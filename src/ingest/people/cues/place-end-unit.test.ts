import { describe, expect, it } from "vitest";
import { endsNameBefore } from "./place-end-unit";
import { titlesBefore } from "./title-phrase";

const titles = (text: string, name: string) => {
  const chars = Array.from(text);
  return titlesBefore(chars, Array.from(text.slice(0, text.indexOf(name))).length);
};

describe("an admin level that ends a name before a title", () => {
  it("is a name's end before a word led by an admin level or before an organisation's unit", () => {
    expect(endsNameBefore("州", "市委")).toBe(true);
    expect(endsNameBefore("县", "县长")).toBe(true);
    expect(endsNameBefore("村", "局")).toBe(true);
    expect(endsNameBefore("县", "委")).toBe(false);
    expect(endsNameBefore("市委", "书记")).toBe(false);
  });

  it("keeps the whole title as printed", () => {
    expect(titles("。青州市委书记林禾说", "林禾")).toEqual(["青州市委书记"]);
    expect(titles("。山南省平县县长林禾说", "林禾")).toEqual(["山南省平县县长"]);
    expect(titles("。山南彝族自治州州委书记林禾说", "林禾")).toEqual(["山南彝族自治州州委书记"]);
    expect(titles("。东湖新城农业农村局局长林禾说", "林禾")).toEqual(["东湖新城农业农村局局长"]);
    expect(titles("。平安村村委会主任林禾说", "林禾")).toEqual(["平安村村委会主任"]);
  });
});

import { describe, expect, it } from "vitest";
import { joinedTitlesAfter } from "./joined-titles-after";
import { titlesBefore } from "./title-phrase";

/** The titles joined after the word `word` that follows `name` in `text`; `names` are the text's other names. */
const read = (text: string, name: string, word: string, names: string[] = []) => {
  const chars = Array.from(text);
  const starts = [name, ...names].map((n) => text.indexOf(n));
  const end = text.indexOf(name) + name.length + word.length;
  return joinedTitlesAfter(
    chars,
    end,
    (e) => titlesBefore(chars, e),
    (from, to) => starts.some((s) => s >= from && s < to),
  );
};

describe("titles joined by 、 to the title after a name", () => {
  it("reads each title after the 、 up to a boundary", () => {
    expect(read("南岭国林大同总书记、国家主席同他会谈。", "林大同", "总书记")).toEqual(["国家主席"]);
    expect(read("会见林大同主席、总理。", "林大同", "主席")).toEqual(["总理"]);
  });

  it("leaves a title that is another person's, one not ending at a boundary, and a list of names", () => {
    expect(read("林大同主席、国家主席王小明会谈", "林大同", "主席", ["王小明"])).toEqual([]);
    expect(read("林大同主席、王小明总理会谈", "林大同", "主席", ["王小明"])).toEqual([]);
    expect(read("林大同主席。国家主席同他会谈", "林大同", "主席")).toEqual([]);
    expect(read("林大同主席、各位来宾", "林大同", "主席")).toEqual([]);
  });
});

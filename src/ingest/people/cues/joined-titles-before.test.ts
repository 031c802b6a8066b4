import { describe, expect, it } from "vitest";
import { joinedTitlesBefore } from "./joined-titles-before";
import { titlesBefore } from "./title-phrase";

/** The titles joined by 和 before the titles of `name` in `text`; `names` are the text's other names. */
const read = (text: string, name: string, names: string[] = []) => {
  const chars = Array.from(text);
  const at = (n: string) => Array.from(text.slice(0, text.indexOf(n))).length;
  const starts = [name, ...names].map(at);
  return joinedTitlesBefore(
    chars,
    at(name),
    at(name) + Array.from(name).length,
    titlesBefore(chars, at(name)),
    (e) => titlesBefore(chars, e),
    (from, to) => starts.some((s) => s >= from && s < to),
  );
};

describe("titles joined by 和 before a name", () => {
  it("reads the titles before the joiner when they open their clause", () => {
    expect(read("。研究会委员和专门委员会委员吴小梅、陈立山出席", "吴小梅")).toEqual(["研究会委员"]);
    expect(read("研究会委员及专门委员会委员吴小梅、陈立山出席", "吴小梅")).toEqual(["研究会委员"]);
    expect(read("，区长、区委副书记以及专门委员会委员吴小梅、陈立山出席", "吴小梅")).toEqual(["区长", "区委副书记"]);
  });

  it("leaves titles before one name, after a verb or a name, and titles with no joiner", () => {
    expect(read("。副首相兼国防大臣某某上将和理事会主席吴小梅出席", "吴小梅")).toEqual([]);
    expect(read("会见了省长和市长吴小梅、陈立山", "吴小梅")).toEqual([]);
    expect(read("。王大明主席和秘书长吴小梅、陈立山出席", "吴小梅", ["王大明"])).toEqual([]);
    expect(read("。研究会委员、专门委员会委员吴小梅、陈立山出席", "吴小梅")).toEqual([]);
    expect(read("。我和专门委员会委员吴小梅、陈立山出席", "吴小梅")).toEqual([]);
  });
});

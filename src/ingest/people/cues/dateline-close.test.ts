import { describe, expect, it } from "vitest";
import { afterDatelineStart } from "./dateline-close";

const cut = (text: string, role: string) => {
  const chars = Array.from(text);
  const start = text.indexOf(role);
  const end = start + Array.from(role).length;
  const at = afterDatelineStart(chars, start, end);
  return at === null ? null : chars.slice(at, end).join("");
};

describe("a role that runs back into its paragraph's dateline", () => {
  it("starts after the dateline's closing 电 or 讯", () => {
    expect(cut("新华社南岭5月1日电南岭特区行政长官陈建华说", "电南岭特区行政长官")).toBe("南岭特区行政长官");
    expect(cut("本报东湖3月2日讯东湖港务局局长王建国说", "讯东湖港务局局长")).toBe("东湖港务局局长");
    expect(cut("据新华社南岭２月２４日电南岭特区行政长官陈建华说", "电南岭特区行政长官")).toBe("南岭特区行政长官");
  });

  it("leaves a role that starts after the dateline, and a paragraph with none", () => {
    expect(cut("新华社南岭5月1日电南岭特区行政长官陈建华说", "南岭特区行政长官")).toBeNull();
    expect(cut("会议5月1日电视台台长陈建华说", "电视台台长")).toBeNull();
    expect(cut("他说，5月1日电力公司经理陈建华到了", "电力公司经理")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { isPlaceByline } from "./place-byline";
import { mentionRoles } from "../roles";
import { taggedWith } from "../test-helpers.test-helper";

const places = new Set(["江宁", "南岭", "湖北", "襄州"]);
const byline = (paragraph: string, name: string) => {
  const chars = Array.from(paragraph);
  const start = paragraph.indexOf(name);
  return isPlaceByline(chars, start, start + Array.from(name).length, places);
};

describe("a reader's byline: places and a name, a paragraph of its own", () => {
  it("is a byline after one known place or several written together", () => {
    expect(byline("江宁南岭林海", "林海")).toBe(true);
    expect(byline("湖北 郑一", "郑一")).toBe(true);
  });

  it("is no byline with anything else in the paragraph, or an unknown place", () => {
    expect(byline("江宁南岭林海说，路修好了。", "林海")).toBe(false);
    expect(byline("来自江宁的林海", "林海")).toBe(false);
    expect(byline("东山林海", "林海")).toBe(false);
    expect(byline("林海", "林海")).toBe(false);
    expect(byline("江宁南岭湖北襄州林海", "林海")).toBe(false);
  });

  it("gives the name the role reporter", () => {
    const roles = [...mentionRoles(taggedWith("江宁南岭林海", ["林海"]), places)].map(([m, r]) => [m.name, r]);
    expect(roles).toEqual([["林海", ["reporter"]]]);
  });
});

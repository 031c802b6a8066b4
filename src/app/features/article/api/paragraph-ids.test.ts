import { describe, expect, it } from "vitest";
import { paragraphAnchors, paragraphHashId, paragraphOfFragment } from "./paragraph-ids";

const paragraphs = ["本报讯 2月26日，茂南区举行活动。", "活动吸引了众多群众参加。", "据介绍，今年将继续开展。"];

describe("paragraph anchors", () => {
  it("gives each paragraph a hash id and its position as an alias", () => {
    const anchors = paragraphAnchors(paragraphs);
    expect(anchors.map((a) => a.alias)).toEqual(["p1", "p2", "p3"]);
    for (const a of anchors) expect(a.id).toMatch(/^p-[0-9a-z]{7}$/u);
    expect(new Set(anchors.map((a) => a.id)).size).toBe(3);
  });

  it("keeps a paragraph's id across a re-ingest that changes the other paragraphs", () => {
    const before = paragraphAnchors(paragraphs);
    // The parser now splits the first paragraph in two, mends the second and drops nothing else.
    const after = paragraphAnchors([
      "本报讯 2月26日，",
      "茂南区举行活动。",
      "活动吸引了众多群众参加！",
      "据介绍，今年将继续开展。",
    ]);
    expect(after[3]!.id).toBe(before[2]!.id);
    expect(after[3]!.alias).toBe("p4");
    expect(after[2]!.id).not.toBe(before[1]!.id);
  });

  it("ignores whitespace the typesetting moved", () => {
    expect(paragraphHashId("活动 吸引了\n众多群众参加。")).toBe(paragraphHashId("活动吸引了众多群众参加。"));
  });

  it("is unique within an article even for repeated text, in order", () => {
    const anchors = paragraphAnchors(["（完）", "正文。", "（完）", "（完）"]);
    expect(new Set(anchors.map((a) => a.id)).size).toBe(4);
    expect(anchors[2]!.id).toBe(`${anchors[0]!.id}-2`);
    expect(anchors[3]!.id).toBe(`${anchors[0]!.id}-3`);
  });

  it("finds the paragraph a fragment names by either id", () => {
    const anchors = paragraphAnchors(paragraphs);
    expect(paragraphOfFragment(anchors, "#p3")).toBe(2);
    expect(paragraphOfFragment(anchors, `#${anchors[1]!.id}`)).toBe(1);
    expect(paragraphOfFragment(anchors, "#p4")).toBeNull();
    expect(paragraphOfFragment(anchors, "")).toBeNull();
    expect(paragraphOfFragment(anchors, "#main")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { publicationPostStart } from "./publication-post";
import { titlesBefore } from "./title-phrase";

const chars = (text: string) => Array.from(text);

describe("posts that are titles only at a publication", () => {
  it("reads 编辑 after a publication in 《》 as a post with the publication and its country", () => {
    const text = chars("——芬兰《北岸日报》编辑");
    expect(publicationPostStart(text, text.length, new Set(["芬兰"]))).toBe(2);
    expect(titlesBefore(chars("。芬兰《北岸日报》编辑马丁说"), 11, new Set(["芬兰"]))).toEqual([
      "芬兰《北岸日报》编辑",
    ]);
  });

  it("does not read 编辑 elsewhere as a post", () => {
    const text = chars("负责编辑");
    expect(publicationPostStart(text, text.length, new Set())).toBeNull();
    expect(titlesBefore(chars("。负责编辑马丁说"), 5, new Set())).toEqual([]);
  });
});

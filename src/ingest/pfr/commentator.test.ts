import { describe, expect, it } from "vitest";
import { commentatorLine } from "./commentator";
import { tokensOf } from "./test-tokens";

describe("commentatorLine", () => {
  it("reads 本报评论员 and its kin as a byline without names", () => {
    expect(commentatorLine(tokensOf("本报/r  评论员/n"))).toEqual({ raw: "本报评论员", reporters: [] });
    expect(commentatorLine(tokensOf("本报/r  特约/b  评论员/n"))?.raw).toBe("本报特约评论员");
    expect(commentatorLine(tokensOf("新华社/nt  评论员/n"))?.raw).toBe("新华社评论员");
  });

  it("is null for a sentence about a commentator, or a named one", () => {
    expect(commentatorLine(tokensOf("本报/r  评论员/n  指出/v"))).toBeNull();
    expect(commentatorLine(tokensOf("评论员/n  文章/n"))).toBeNull();
    expect(commentatorLine(tokensOf("本报/r  评论员/n  李/nr  明/nr"))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { withoutBylineMarker } from "./byline-marker";

describe("withoutBylineMarker", () => {
  it("drops a leading marker and the space after it, nothing else", () => {
    expect(withoutBylineMarker("■ 通讯员 郑伟业")).toBe("通讯员 郑伟业");
    expect(withoutBylineMarker("▲本报记者 张三")).toBe("本报记者 张三");
    expect(withoutBylineMarker("本报评论员")).toBe("本报评论员");
    expect(withoutBylineMarker("通讯员 ■ 李四")).toBe("通讯员 ■ 李四");
  });
});

import { describe, expect, it } from "vitest";
import { MIN_INDENT_SPACES, splitAtIndents } from "./indent-breaks";

describe("paragraph indents inside a line", () => {
  it("splits a line at each run of ideographic spaces as long as an indent", () => {
    const indent = "\u3000".repeat(MIN_INDENT_SPACES);
    expect(splitAtIndents(`山高路远的守望者${indent}王小川、李大海`)).toEqual(["山高路远的守望者", "王小川、李大海"]);
  });

  it("keeps a line whole at a single ideographic space", () => {
    expect(splitAtIndents("本报记者\u3000王小川")).toEqual(["本报记者\u3000王小川"]);
  });
});

import { describe, expect, it } from "vitest";
import { resultVerbEndsAt } from "./result-object";

const at = (text: string, name: string) => resultVerbEndsAt(Array.from(text), text.indexOf(name));

describe("the loser after a result verb", () => {
  it("is where a name starts right after the verb", () => {
    expect(at("刘国梁以３∶２战胜马琳。", "马琳")).toBe(true);
    expect(at("孙俊负于哈希姆", "哈希姆")).toBe(true);
  });

  it("is not a name slot anywhere else", () => {
    expect(at("刘国梁以３∶２战胜了马琳。", "马琳")).toBe(false);
    expect(at("马琳战胜刘国梁", "马琳")).toBe(false);
  });
});

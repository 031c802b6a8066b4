import { describe, expect, it } from "vitest";
import { MAX_QUALIFIED_DESCRIPTION_LENGTH, qualifiedDescription } from "./qualified-description";

/** A person noun for these tests: the phrase ends with 家 or 演员. */
const personNoun = (phrase: string) => phrase.endsWith("家") || phrase.endsWith("演员");
const read = (phrase: string) => qualifiedDescription(phrase, personNoun);

describe("descriptions with a standing qualifier or a native place", () => {
  it("are read from the qualifier, longer than a bare description", () => {
    expect(read("著名越剧表演艺术家")).toBe("著名越剧表演艺术家");
    expect(read("台上国家一级演员")).toBe("国家一级演员");
    expect(read("南岭籍青年男高音歌唱家")).toBe("南岭籍青年男高音歌唱家");
  });

  it("are not read without a qualifier, without a person noun, or over the bound", () => {
    expect(read("青年男高音歌唱家")).toBeNull();
    expect(read("著名景区")).toBeNull();
    expect(read("著名")).toBeNull();
    expect(read(`著名${"甲".repeat(MAX_QUALIFIED_DESCRIPTION_LENGTH)}家`)).toBeNull();
    expect(read("著名的歌唱家")).toBeNull();
  });
});

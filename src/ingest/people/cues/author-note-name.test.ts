import { describe, expect, it } from "vitest";
import { authorNoteNameEnd } from "./author-note-name";

describe("a name closing the author's note", () => {
  it("ends at the note's closing bracket", () => {
    expect(authorNoteNameEnd("（作者为中国驻某国大使林禾）")).toBe(13);
    expect(authorNoteNameEnd("（作者系南岭大学教授柯远山） ")).toBe(13);
  });

  it("is no note elsewhere, unclosed, or as long as a text", () => {
    expect(authorNoteNameEnd("（记者林禾）")).toBeNull();
    expect(authorNoteNameEnd("（作者为南岭大学教授")).toBeNull();
    expect(authorNoteNameEnd(`（作者为${"南岭大学".repeat(20)}教授林禾）`)).toBeNull();
  });
});

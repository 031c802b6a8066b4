import { describe, expect, it } from "vitest";
import { placeNoteStart } from "./place-note";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);

describe("place note", () => {
  it("reads back over a short bracketed note", () => {
    expect(placeNoteStart(chars("刚果（金）"), 5)).toBe(2);
    expect(placeNoteStart(chars("刚果（布）"), 5)).toBe(2);
    expect(placeNoteStart(chars("某国（东区）"), 6)).toBe(2);
  });

  it("leaves longer notes, empty brackets and other text alone", () => {
    expect(placeNoteStart(chars("南苏丹（朱巴城）"), 8)).toBe(8);
    expect(placeNoteStart(chars("刚果（）"), 4)).toBe(4);
    expect(placeNoteStart(chars("刚果（1）"), 5)).toBe(5);
    expect(placeNoteStart(chars("刚果金"), 3)).toBe(3);
  });

  it("gives a publication's post its country with the note", () => {
    expect(titlesBefore(chars("——刚果（金）《白沙论坛报》总编辑方立新"), 17, new Set(["刚果"]))).toEqual([
      "刚果（金）《白沙论坛报》总编辑",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readingOrder } from "./reading-order";

const block = (id: string, x: number, y: number, w: number, h: number, size = 8) => ({ id, box: { x, y, w, h }, size });

describe("readingOrder", () => {
  it("reads columns left to right, each top to bottom", () => {
    const blocks = [block("b2", 160, 300, 140, 100), block("a1", 10, 100, 140, 300), block("b1", 160, 100, 140, 150)];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["a1", "b1", "b2"]);
  });
  it("keeps a narrow column part and the wide part under it in one column", () => {
    // Text beside a vertical headline, then the full width under it.
    const blocks = [block("wide", 780, 880, 215, 500), block("narrow", 780, 440, 130, 430)];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["narrow", "wide"]);
  });
  it("reads a note spanning two columns after the columns above it, not between them", () => {
    const blocks = [
      block("col4", 463, 209, 137, 600),
      block("note", 486, 1003, 251, 22),
      block("col5", 614, 209, 137, 590),
      block("col3", 311, 209, 137, 600),
    ];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["col3", "col4", "col5", "note"]);
  });
  it("reads a note wider than one column, though not two columns wide, after the columns above it", () => {
    // A chart under columns 2 and 3, its source note one line a column and a half wide.
    const blocks = [
      block("col1", 30, 100, 122, 321),
      block("col2", 166, 100, 122, 200),
      block("note", 166, 417, 170, 9),
      block("col3", 302, 100, 122, 92),
    ];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["col1", "col2", "col3", "note"]);
  });
  it("keeps a block a little wider than its column in that column", () => {
    const blocks = [block("a", 30, 100, 122, 100), block("b", 166, 100, 122, 100), block("a2", 30, 210, 140, 50)];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["a", "a2", "b"]);
  });
  it("reads the pieces of a name set apart over a column first, and that column in its place", () => {
    // A commentary's headline over columns 2–4, a column logo over column 1 (its text starts lower),
    // the characters of an author's name one block each over column 3.
    const blocks = [
      block("name1", 342, 1167, 10, 10, 9.7),
      block("name2", 363, 1167, 10, 10, 9.7),
      block("col3", 312, 1195, 137, 235),
      block("col1", 9, 1254, 133, 175),
      block("col2", 161, 1195, 137, 235),
      block("col4", 463, 1195, 137, 235),
    ];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["name1", "name2", "col1", "col2", "col3", "col4"]);
  });
  it("keeps a paragraph's short last line at a column's top, and the subhead under it, in that column", () => {
    const blocks = [
      block("col1", 30, 100, 122, 300),
      block("end", 166, 100, 26, 9),
      block("subhead", 183, 114, 88, 12, 11),
      block("col2", 166, 130, 122, 270),
      block("col3", 302, 100, 122, 300),
    ];
    expect(readingOrder(blocks).map((b) => b.id)).toEqual(["col1", "end", "subhead", "col2", "col3"]);
  });
});

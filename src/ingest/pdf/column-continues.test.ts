import { describe, expect, it } from "vitest";
import { continuedOwner } from "./column-continues";
import { separators } from "./rules";

describe("continuedOwner", () => {
  // A real page: the first column's top (owned by article 0), a subhead under it that no headline
  // owns, and the column's rest (owned by article 0 too); another article's column beside it.
  const top = { box: { x: 9.4, y: 78.3, w: 155.3, h: 187.2 }, owner: 0 };
  const rest = { box: { x: 9.4, y: 339.6, w: 155.3, h: 484.2 }, owner: 0 };
  const beside = { box: { x: 178.9, y: 209, w: 155.3, h: 484.2 }, owner: 1 };
  const subhead = { x: 18.6, y: 278.5, w: 132.4, h: 48.2 };

  it("gives a piece standing in an owned column to that column's article", () => {
    expect(continuedOwner(subhead, [beside, top, rest], 8.3)).toBe(0);
  });
  it("gives nothing far down the column, in another column, or across a rule", () => {
    expect(continuedOwner({ ...subhead, y: 600 }, [top], 8.3)).toBeNull();
    expect(continuedOwner({ ...subhead, x: 400 }, [top, rest], 8.3)).toBeNull();
    const rule = separators([{ x: 5, y: 272, w: 160, h: 0.5 }], 8.3);
    expect(continuedOwner(subhead, [top], 8.3, rule)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { ALLOWED, B, E, I, O, S, spansToTags, TAG_COUNT, tagsToSpans } from "./tags";

describe("BIES tags", () => {
  it("writes spans as tags and reads them back", () => {
    const spans = [
      { start: 1, end: 4 },
      { start: 4, end: 5 },
      { start: 6, end: 8 },
    ];
    const tags = spansToTags(9, spans);
    expect(Array.from(tags)).toEqual([O, B, I, E, S, O, B, E, O]);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it("closes a run that breaks off without an end tag", () => {
    expect(tagsToSpans([B, I, O, B, I])).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
  });

  it("allows only well-formed transitions", () => {
    expect(ALLOWED[O * TAG_COUNT + I]).toBe(false);
    expect(ALLOWED[B * TAG_COUNT + O]).toBe(false);
    expect(ALLOWED[E * TAG_COUNT + B]).toBe(true);
    expect(ALLOWED[I * TAG_COUNT + E]).toBe(true);
  });
});

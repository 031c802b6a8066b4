import { describe, expect, it } from "vitest";
import { FeatureTable } from "./hash-table";

describe("FeatureTable", () => {
  it("numbers keys in the order they are added and finds them again after growing", () => {
    const table = new FeatureTable(4);
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 0);
    keys.forEach((k, i) => expect(table.add(k)).toBe(i));
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
    expect(table.size).toBe(5000);
    expect(table.get(12345)).toBe(keys.includes(12345) ? keys.indexOf(12345) : -1);
  });

  it("stores the key 0 (the empty-slot marker) as 1", () => {
    const table = new FeatureTable(4);
    expect(table.add(0)).toBe(0);
    expect(table.get(0)).toBe(0);
    expect(table.get(1)).toBe(0);
  });
});

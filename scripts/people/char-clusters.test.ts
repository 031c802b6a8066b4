import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clusterCharacters, ContextCounts, readCharClusters, sphericalKMeans } from "./char-clusters";

/** A made-up corpus: surnames before given-name characters before 说; numbers before 年 and 天. */
function corpus(): ContextCounts {
  const counts = new ContextCounts();
  const surnames = ["张", "王", "李", "赵"];
  const given = ["伟", "芳", "敏", "静"];
  const numbers = ["一", "二", "三", "五"];
  const units = ["年", "天", "月", "次"];
  for (let r = 0; r < 12; r++) {
    for (const s of surnames) for (const g of given) counts.addLine(`昨天${s}${g}说，`);
    for (const d of numbers) for (const u of units) counts.addLine(`过了${d}${u}以后`);
  }
  return counts;
}

describe("character clusters", () => {
  const options = { k: 4, minCount: 5, contextSize: 40, iterations: 20, seed: 3 };

  it("puts characters that stand in the same places in one cluster, and others apart", () => {
    const clusters = clusterCharacters(corpus(), options);
    const same = (chars: string) => new Set(Array.from(chars, (c) => clusters.get(c))).size === 1;
    expect(same("伟芳敏静")).toBe(true);
    expect(same("一二三五")).toBe(true);
    expect(same("张王李赵")).toBe(true);
    expect(clusters.get("伟")).not.toBe(clusters.get("一"));
    expect(clusters.get("伟")).not.toBe(clusters.get("张"));
    expect([...clusters.values()].every((id) => id >= 1 && id <= options.k)).toBe(true);
    expect(clusters.has("，")).toBe(false); // only Han characters get clusters
  });

  it("gives the same clusters for the same seed", () => {
    expect([...clusterCharacters(corpus(), options)]).toEqual([...clusterCharacters(corpus(), options)]);
  });

  it("leaves out characters seen fewer times than the minimum", () => {
    const counts = corpus();
    counts.addLine("罕");
    expect(clusterCharacters(counts, options).has("罕")).toBe(false);
  });

  it("k-means separates two groups of unit vectors", () => {
    const v = (x: number, y: number) => Float32Array.from([x, y].map((c) => c / Math.hypot(x, y)));
    const a = sphericalKMeans([v(1, 0.1), v(1, 0), v(0.1, 1), v(0, 1), v(1, 0.2)], 2, 10, 7);
    expect(a[0]).toBe(a[1]);
    expect(a[0]).toBe(a[4]);
    expect(a[2]).toBe(a[3]);
    expect(a[0]).not.toBe(a[2]);
  });

  it("reads a clusters file and refuses a malformed one", () => {
    const dir = mkdtempSync(join(tmpdir(), "clusters-"));
    writeFileSync(
      join(dir, "good.json"),
      JSON.stringify([
        ["张", 1],
        ["芳", 2],
      ]),
    );
    writeFileSync(join(dir, "bad.json"), JSON.stringify([["张", 0]]));
    expect(readCharClusters(join(dir, "good.json")).get("芳")).toBe(2);
    expect(() => readCharClusters(join(dir, "bad.json"))).toThrow(/bad\.json/);
  });
});

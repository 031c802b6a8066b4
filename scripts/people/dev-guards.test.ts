import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FOLDS, foldKey, formatCounts, pfrCounts, rmrbCounts, seedLine } from "./dev-guards";

describe("dev-guards", () => {
  it("reads the overall line of eval:people", () => {
    const out =
      "header\n                       P       R       F1        TP    FP    FN\noverall (full names)   0.9703  0.9371  0.9534    849    26    57\npage 1  0.1 0.2 0.3 1 2 3\n";
    expect(pfrCounts(out)).toEqual({ tp: 849, fp: 26, fn: 57 });
    expect(formatCounts(pfrCounts(out))).toBe("F1 0.9534  (849 26 57)");
  });

  it("says what eval:people printed when the line is missing", () => {
    expect(() => pfrCounts("folio: the PFR corpus not found")).toThrow(
      /no overall line:\nfolio: the PFR corpus not found/,
    );
  });

  it("reads the seed page's line", () => {
    expect(seedLine("x\nseed page: 43/43 people exact (name and roles), 0 problems\n")).toBe("seed page 43/43 exact");
    expect(seedLine("seed page: 41/43 people exact (name and roles), 2 problems\n  a\n")).toBe(
      "seed page 41/43 exact, 2 problems",
    );
    expect(() => seedLine("overall")).toThrow(/no seed page line/);
  });

  it("reads names and roles of eval:people:rmrb", () => {
    const out =
      "names: P 0.9741  R 0.9741  F1 0.9741  (TP 113, FP 3, FN 3)\nsurname + form of address: 0\nroles exact (people found by name): 111/113 = 0.9823\n";
    expect(rmrbCounts(out)).toBe("F1 0.9741  (113 3 3)  roles 111/113");
    expect(() => rmrbCounts("names: P 1  R 1  F1 1.0000  (TP 1, FP 0, FN 0)\n")).toThrow(/no figures/);
  });

  it("folds cover days 1–20, each evaluated on days it was not trained on", () => {
    const days = (runs: string) =>
      runs.split(",").flatMap((r) => {
        const [a = 0, b = a] = r.split("-").map(Number);
        return Array.from({ length: b - a + 1 }, (_, i) => a + i);
      });
    expect(FOLDS.flatMap((f) => days(f.evaluate)).sort((a, b) => a - b)).toEqual(days("1-20"));
    for (const f of FOLDS) {
      expect(days(f.train).filter((d) => days(f.evaluate).includes(d))).toEqual([]);
      expect([...days(f.train), ...days(f.evaluate)].sort((a, b) => a - b)).toEqual(days("1-20"));
    }
  });

  it("keys the fold models by the shipped model's bytes and the corpus", () => {
    const root = mkdtempSync(join(tmpdir(), "folio-guards-"));
    writeFileSync(join(root, "model.bin.gz"), "m1");
    writeFileSync(join(root, "corpus.txt"), "c");
    const key = foldKey(join(root, "model.bin.gz"), join(root, "corpus.txt"));
    expect(foldKey(join(root, "model.bin.gz"), join(root, "corpus.txt"))).toBe(key);
    writeFileSync(join(root, "model.bin.gz"), "m2");
    expect(foldKey(join(root, "model.bin.gz"), join(root, "corpus.txt"))).not.toBe(key);
    writeFileSync(join(root, "model.bin.gz"), "m1");
    writeFileSync(join(root, "corpus.txt"), "longer corpus");
    expect(foldKey(join(root, "model.bin.gz"), join(root, "corpus.txt"))).not.toBe(key);
  });
});

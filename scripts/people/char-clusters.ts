import { readFileSync } from "node:fs";
import { mulberry32 } from "../../src/ingest/seeded-random";

/**
 * Character clusters learned from unannotated text, for the people tagger (`Lexicons.charClusters`):
 * each Han character is described by the characters seen just before and just after it (positive
 * pointwise mutual information with the `contextSize` most frequent characters, each side its own
 * block), and the vectors are grouped by spherical k-means. Characters that stand in the same
 * places (given-name characters, say, or measure words) share a cluster, so the tagger can
 * generalise from a name character it saw in training to one it never saw there.
 *
 * Hand-written: k-means over a few thousand dense vectors is thirty lines, and the npm k-means
 * packages are unmaintained or pull in a matrix library for the same loop.
 */
export interface ClusterOptions {
  /** Number of clusters; cluster ids are 1…k (0: a character without one). */
  k: number;
  /** A character seen fewer times than this gets no cluster. */
  minCount: number;
  /** Context characters per side: the most frequent ones. */
  contextSize: number;
  iterations: number;
  seed: number;
}

const isHan = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);

/** Counts of characters and of their left and right neighbours over lines of text. */
export class ContextCounts {
  readonly total = new Map<number, number>();
  /** `pairs.get(a)?.get(b)`: times b stood right after a. */
  private readonly pairs = new Map<number, Map<number, number>>();

  addLine(line: string): void {
    let previous = -1;
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      this.total.set(cp, (this.total.get(cp) ?? 0) + 1);
      if (previous >= 0) {
        let row = this.pairs.get(previous);
        if (row === undefined) this.pairs.set(previous, (row = new Map()));
        row.set(cp, (row.get(cp) ?? 0) + 1);
      }
      previous = cp;
    }
  }

  /** Each (left, right, count) of neighbouring characters. */
  *bigrams(): Generator<[number, number, number]> {
    for (const [a, row] of this.pairs) for (const [b, n] of row) yield [a, b, n];
  }
}

/** Clusters of the Han characters of `counts`: character → cluster id (1…k). */
export function clusterCharacters(counts: ContextCounts, options: ClusterOptions): Map<string, number> {
  const byCount = [...counts.total].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const items = byCount.filter(([cp, n]) => isHan(cp) && n >= options.minCount).map(([cp]) => cp);
  const contexts = byCount.slice(0, options.contextSize).map(([cp]) => cp);
  const contextIndex = new Map(contexts.map((cp, i) => [cp, i]));
  const itemIndex = new Map(items.map((cp, i) => [cp, i]));
  const dim = 2 * contexts.length;
  const vectors = items.map(() => new Float32Array(dim));
  let sum = 0;
  for (const [, , n] of counts.bigrams()) sum += n;
  const share = (cp: number) => (counts.total.get(cp) ?? 0) / sum;
  for (const [a, b, n] of counts.bigrams()) {
    const pmi = Math.log(n / sum / (share(a) * share(b)));
    if (pmi <= 0) continue;
    const ia = itemIndex.get(a);
    const cb = contextIndex.get(b);
    if (ia !== undefined && cb !== undefined) vectors[ia]![contexts.length + cb] = pmi; // b on a's right
    const ib = itemIndex.get(b);
    const ca = contextIndex.get(a);
    if (ib !== undefined && ca !== undefined) vectors[ib]![ca] = pmi; // a on b's left
  }
  vectors.forEach(normalise);
  const assignment = sphericalKMeans(vectors, options.k, options.iterations, options.seed);
  return new Map(items.map((cp, i) => [String.fromCodePoint(cp), assignment[i]! + 1]));
}

function normalise(v: Float32Array): void {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * k-means on unit vectors by cosine similarity, seeded with k-means++ (each next centre drawn in
 * proportion to its distance from the nearest chosen one). Deterministic for a seed. Returns each
 * vector's cluster (0…k-1).
 */
export function sphericalKMeans(
  vectors: readonly Float32Array[],
  k: number,
  iterations: number,
  seed: number,
): Int32Array {
  const n = vectors.length;
  const assignment = new Int32Array(n);
  if (n === 0) return assignment;
  const random = mulberry32(seed);
  const centres: Float32Array[] = [vectors[Math.floor(random() * n)]!.slice()];
  const nearest = new Float64Array(n).fill(Infinity);
  while (centres.length < Math.min(k, n)) {
    const last = centres[centres.length - 1]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i]!, 1 - dot(vectors[i]!, last));
      total += nearest[i]!;
    }
    let pick = random() * total;
    let chosen = n - 1;
    for (let i = 0; i < n; i++) {
      pick -= nearest[i]!;
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    centres.push(vectors[chosen]!.slice());
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestSim = -Infinity;
      centres.forEach((c, j) => {
        const s = dot(vectors[i]!, c);
        if (s > bestSim) [best, bestSim] = [j, s];
      });
      if (it === 0 || assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    if (it > 0 && moved === 0) break;
    for (const c of centres) c.fill(0);
    for (let i = 0; i < n; i++) {
      const c = centres[assignment[i]!]!;
      const v = vectors[i]!;
      for (let d = 0; d < v.length; d++) c[d]! += v[d]!;
    }
    centres.forEach(normalise);
  }
  return assignment;
}

/** A clusters file as `build-char-clusters.ts` writes it, checked: `[[character, cluster], …]`. */
export function readCharClusters(path: string): Map<string, number> {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  const ok =
    Array.isArray(parsed) &&
    parsed.every(
      (e) =>
        Array.isArray(e) &&
        e.length === 2 &&
        typeof e[0] === "string" &&
        Number.isInteger(e[1]) &&
        (e[1] as number) > 0,
    );
  if (!ok) throw new Error(`${path}: not a character clusters file ([[character, cluster ≥ 1], …])`);
  return new Map(parsed as [string, number][]);
}

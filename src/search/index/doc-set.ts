/** Operations on sets of document ids kept as ascending Uint32Arrays. */

export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let k = 0;
  // Small against large: gallop through the large one; similar sizes: a plain merge.
  if (a.length * 16 < b.length) {
    let lo = 0;
    for (const id of a) {
      let step = 1;
      let hi = lo;
      while (hi < b.length && b[hi]! < id) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      hi = Math.min(hi, b.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo < b.length && b[lo] === id) out[k++] = id;
    }
  } else {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x === y) {
        out[k++] = x;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
  }
  return out.subarray(0, k);
}

export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = Math.min(x, y);
    out[k++] = v;
    if (x === v) i++;
    if (y === v) j++;
  }
  return out.subarray(0, k);
}

/** The ids that fall in any of the ranges [start, end), given ascending and disjoint. */
export function withinRanges(ids: Uint32Array, ranges: readonly (readonly [number, number])[]): Uint32Array {
  const out = new Uint32Array(ids.length);
  let k = 0;
  let r = 0;
  for (const id of ids) {
    while (r < ranges.length && ranges[r]![1] <= id) r++;
    if (r === ranges.length) break;
    if (id >= ranges[r]![0]) out[k++] = id;
  }
  return out.subarray(0, k);
}

export function allIds(count: number): Uint32Array {
  const ids = new Uint32Array(count);
  for (let i = 0; i < count; i++) ids[i] = i;
  return ids;
}

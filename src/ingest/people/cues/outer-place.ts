/**
 * A known place written right after another known place (`英国|苏格兰政府首席大臣`, `武汉|协和医院`):
 * the title's place is the outer one and the whole, as printed, belongs to the title. Read back
 * from `start` (where the inner place starts) over every known place that ends there, at most
 * `MAX_OUTER_PLACES` times, with `placeLength(at)` giving the length of a known place ending at `at`
 * (0 when none).
 */
/** Places nested before a title's own place (国家, 省, 市: 中国|湖北|武汉 is two). */
export const MAX_OUTER_PLACES = 2;

export function outerPlaceStart(start: number, placeLength: (at: number) => number): number {
  let at = start;
  for (let k = 0; k < MAX_OUTER_PLACES; k++) {
    const outer = placeLength(at);
    if (outer === 0) break;
    at -= outer;
  }
  return at;
}

/**
 * The tag set of the name tagger: O outside a name, B/I/E begin/inside/end of a name of two or more
 * characters, S a one-character name (王 in 王大爷). BIES rather than BIO: the tagger then learns
 * name ends as well as starts, which is where names get over- or under-extended (欧树和，).
 */
export const O = 0;
export const B = 1;
export const I = 2;
export const E = 3;
export const S = 4;
export const TAG_COUNT = 5;
export const TAG_NAMES = ["O", "B", "I", "E", "S"] as const;

/** allowed[from * TAG_COUNT + to]: the transitions a well-formed tag sequence can take. */
export const ALLOWED: readonly boolean[] = (() => {
  const ok = new Array<boolean>(TAG_COUNT * TAG_COUNT).fill(false);
  const allow = (from: number, ...to: number[]) => to.forEach((t) => (ok[from * TAG_COUNT + t] = true));
  allow(O, O, B, S);
  allow(B, I, E);
  allow(I, I, E);
  allow(E, O, B, S);
  allow(S, O, B, S);
  return ok;
})();
export const CAN_START: readonly boolean[] = [true, true, false, false, true];
export const CAN_END: readonly boolean[] = [true, false, false, true, true];

export interface Span {
  start: number;
  end: number;
}

/** Spans (in positions, end exclusive, not overlapping) → one tag per position. */
export function spansToTags(length: number, spans: readonly Span[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const { start, end } of spans) {
    if (end - start === 1) tags[start] = S;
    else {
      tags[start] = B;
      for (let i = start + 1; i < end - 1; i++) tags[i] = I;
      tags[end - 1] = E;
    }
  }
  return tags;
}

/** Tags → spans; a malformed run (B without E) is closed where it breaks off. */
export function tagsToSpans(tags: ArrayLike<number>): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === S) {
      if (open >= 0) spans.push({ start: open, end: i });
      spans.push({ start: i, end: i + 1 });
      open = -1;
    } else if (t === B) {
      if (open >= 0) spans.push({ start: open, end: i });
      open = i;
    } else if (t === E) {
      spans.push({ start: open >= 0 ? open : i, end: i + 1 });
      open = -1;
    } else if (t === O && open >= 0) {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: tags.length });
  return spans;
}

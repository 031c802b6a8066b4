import { charType, NAME_DOT, normaliseCodePoint, PAD_END, PAD_START, startsCompoundSurname } from "./char-classes";
import { lexiconMarks } from "./lexicon-marks";
import { longerMatches, matchLexicon, type LexiconMatches, type Lexicons } from "./lexicons";
import { TRANSLITERATION_CPS } from "./transliteration-chars";

/**
 * Feature templates of the name tagger, hashed to 32-bit ids: characters in a ±3 window, the
 * bigrams and trigrams around the position, character types, surname cues and the lexicon cues
 * (a title ends 1–3 places before, a speech verb or title starts 1–4 places after). Hashing keeps
 * the model a flat table of numbers: no feature strings to store or build at run time.
 */
export const FEATURES_PER_CHAR = 41;
/**
 * Features added after those when the model carries character clusters (`Lexicons.charClusters`):
 * the clusters at ±2 and the two pairs at the position. A model without clusters has none of them.
 */
export const CLUSTER_FEATURES = 7;

/** Feature ids per position under these lexicons: `FEATURES_PER_CHAR`, plus the cluster features if any. */
export function featuresPerChar(lexicons: Lexicons): number {
  return lexicons.charClusters === undefined ? FEATURES_PER_CHAR : FEATURES_PER_CHAR + CLUSTER_FEATURES;
}
const WINDOW = 3;

/** 32-bit mixing (MurmurHash3's multiply-rotate step and finaliser). */
function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const x = h ^ k;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

/**
 * The id's 32 bits as a signed number: a feature array (Uint32Array) stores the same bits, and an
 * int32 fits V8's small integers, where an unsigned id above 2³¹ returned from a call not inlined
 * was a heap-allocated number (a twentieth of the people pass's garbage).
 */
function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** The hashes' first step, `mix(0x9747b28c, t)`, for every template number t (all are below 80). */
const TEMPLATE_SEEDS = Int32Array.from({ length: 80 }, (_, t) => mix(0x9747b28c, t));

function h1(t: number, a: number): number {
  return finish(mix(TEMPLATE_SEEDS[t]!, a));
}
function h2(t: number, a: number, b: number): number {
  return finish(mix(mix(TEMPLATE_SEEDS[t]!, a), b));
}
function h3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(TEMPLATE_SEEDS[t]!, a), b), c));
}

/** The feature hashes computed in full (no seeds table), for the tests: `featureHash(t, a)` is `h1`, and so on. */
export function plainFeatureHash(t: number, ...values: number[]): number {
  let h = mix(0x9747b28c, t);
  for (const v of values) h = mix(h, v);
  return finish(h);
}

/** The hash of template t over one to three values, as `sentenceFeatures` computes it. */
export function featureHash(t: number, ...values: number[]): number {
  if (values.length === 1) return h1(t, values[0]!);
  if (values.length === 2) return h2(t, values[0]!, values[1]!);
  return h3(t, values[0]!, values[1]!, values[2]!);
}

/** A sentence as the tagger reads it: its characters (code points) and their normalised forms. */
export interface TaggerInput {
  text: string;
  chars: string[];
  /** UTF-16 offset of each position in `text`, and of its end. */
  offsets: Int32Array;
  norm: Int32Array;
}

export function toTaggerInput(text: string): TaggerInput {
  const chars = Array.from(text);
  const norm = new Int32Array(chars.length);
  const offsets = new Int32Array(chars.length + 1);
  for (let i = 0; i < chars.length; i++) {
    norm[i] = normaliseCodePoint(chars[i]!.codePointAt(0)!);
    offsets[i + 1] = offsets[i]! + chars[i]!.length;
  }
  return { text, chars, offsets, norm };
}

/** All feature ids of a sentence: `featuresPerChar(lexicons)` per position, position-major. */
export function sentenceFeatures(input: TaggerInput, lexicons: Lexicons): Uint32Array {
  const n = input.chars.length;
  const stride = featuresPerChar(lexicons);
  const out = new Uint32Array(n * stride);
  const { c, ty, bins, cl } = scratchFor(n + 2 * WINDOW);
  for (let i = 0; i < n + 2 * WINDOW; i++) {
    const j = i - WINDOW;
    c[i] = j < 0 ? PAD_START : j >= n ? PAD_END : input.norm[j]!;
    ty[i] = charType(c[i]!);
  }
  const { endsAt, startsAt } = lexiconMarks(input.text, input.offsets, lexicons.cueMarker);
  const { left, right } = transliterationRuns(input.norm);
  fillCharValues(bins, lexicons.charBins, input.chars);
  const clusters = lexicons.charClusters;
  if (clusters !== undefined) fillCharValues(cl, clusters, input.chars);
  const lists = [
    knownNameMatches(input, lexicons),
    matchLexicon(input.text, input.offsets, lexicons.places),
    matchLexicon(input.text, input.offsets, lexicons.words),
  ];
  // Plain loops and no closures here: this runs for every character the people pass reads.
  for (let i = 0; i < n; i++) {
    const p = i + WINDOW; // index into the padded arrays
    const o = i * stride;
    let f = 0;
    for (let k = -3; k <= 3; k++) out[o + f++] = h1(k + 10, c[p + k]!);
    for (let k = -3; k <= 2; k++) out[o + f++] = h2(k + 20, c[p + k]!, c[p + k + 1]!);
    out[o + f++] = h3(30, c[p - 2]!, c[p - 1]!, c[p]!);
    out[o + f++] = h3(31, c[p - 1]!, c[p]!, c[p + 1]!);
    out[o + f++] = h3(32, c[p]!, c[p + 1]!, c[p + 2]!);
    out[o + f++] = h2(33, c[p - 1]!, c[p + 1]!);
    out[o + f++] = h3(34, ty[p - 2]! * 16 + ty[p - 1]!, ty[p]!, ty[p + 1]! * 16 + ty[p + 2]!);
    out[o + f++] = h2(
      35,
      ty[p]!,
      startsCompoundSurname(c[p]!, c[p + 1]!) ? 2 : startsCompoundSurname(c[p - 1]!, c[p]!) ? 1 : 0,
    );
    // a title or reporter role ending 1, 2 or 3 places before, and what is at this position
    for (let k = 1; k <= 3; k++) out[o + f++] = h2(39 + k, i - k >= 0 ? endsAt[i - k]! : 0, ty[p - k + 1]!);
    // a speech verb, title, honorific or group word starting 1–4 places after
    for (let k = 1; k <= 4; k++) out[o + f++] = h2(42 + k, i + k < n ? startsAt[i + k]! : 0, ty[p + k - 1]!);
    out[o + f++] = h2(48, Math.min(left[i]!, 6), Math.min(right[i]!, 6));
    out[o + f++] = h3(49, Math.min(left[i]!, 6), Math.min(right[i]!, 6), c[p]!);
    // known names, places and words: starting or ending here, or meeting right here
    for (let l = 0; l < 3; l++, f += 2) writeListFeatures(out, o + f, l, lists[l]!, i, n, ty[p]!);
    // how name-like the characters around are: as a name's first character, as a later one
    out[o + f++] = h2(60, first(bins[p]!), rest(bins[p]!));
    out[o + f++] = h3(61, first(bins[p - 1]!), rest(bins[p]!), rest(bins[p + 1]!));
    out[o + f++] = h3(62, first(bins[p - 2]!), rest(bins[p - 1]!), rest(bins[p]!));
    out[o + f++] = h3(63, rest(bins[p]!), first(bins[p + 1]!), ty[p + 1]!);
    out[o + f++] = h3(64, counts(bins[p - 1]!), counts(bins[p]!), counts(bins[p + 1]!));
    out[o + f++] = h2(65, counts(bins[p]!), ty[p]!);
    out[o + f++] = h1(47, 0); // bias
    if (clusters === undefined) continue;
    // the clusters of the characters around (learned from unannotated text): ±2, and the two pairs
    for (let k = -2; k <= 2; k++) out[o + f++] = h1(k + 72, cl[p + k]!);
    out[o + f++] = h2(75, cl[p - 1]!, cl[p]!);
    out[o + f++] = h2(76, cl[p]!, cl[p + 1]!);
  }
  return out;
}

/** `sentenceFeatures`' padded per-position arrays, kept between calls (grown when a text is longer). */
let scratch = { c: new Int32Array(256), ty: new Int32Array(256), bins: new Int32Array(256), cl: new Int32Array(256) };

function scratchFor(length: number): typeof scratch {
  if (scratch.c.length < length) {
    const size = Math.max(length, scratch.c.length * 2);
    scratch = {
      c: new Int32Array(size),
      ty: new Int32Array(size),
      bins: new Int32Array(size),
      cl: new Int32Array(size),
    };
  }
  return scratch;
}

/** A character map's values by BMP code unit (0 where it has none), built once per map. */
const bmpValuesOf = new WeakMap<ReadonlyMap<string, number>, Int32Array>();

function bmpValues(map: ReadonlyMap<string, number>): Int32Array {
  let values = bmpValuesOf.get(map);
  if (values === undefined) {
    values = new Int32Array(0x10000);
    for (const [ch, value] of map) if (ch.length === 1) values[ch.charCodeAt(0)] = value;
    bmpValuesOf.set(map, values);
  }
  return values;
}

/**
 * `out[i + WINDOW]` = `map.get(chars[i]) ?? 0` for each position and 0 in the padding on both
 * sides: a BMP character read from a table rather than the map (the same numbers).
 */
export function fillCharValues(out: Int32Array, map: ReadonlyMap<string, number>, chars: readonly string[]): void {
  const n = chars.length;
  const values = bmpValues(map);
  for (let k = 0; k < WINDOW; k++) out[k] = out[n + WINDOW + k] = 0;
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    out[i + WINDOW] = ch.length === 1 ? values[ch.charCodeAt(0)]! : (map.get(ch) ?? 0);
  }
}

/** Where a position's two known-name features sit among its features (then places', then words'). */
const KNOWN_NAMES_SLOT = 28;

/** A character's bins (see `Lexicons.charBins`): as a name's first character, as a later one, how often seen. */
const first = (bin: number) => (bin >> 4) & 15;
const rest = (bin: number) => bin & 15;
const counts = (bin: number) => bin >> 8;

/** Known names, with the article's own (`documentNames`) read as known too: the longer match at each position. */
function knownNameMatches(input: TaggerInput, lexicons: Lexicons): LexiconMatches {
  const names = matchLexicon(input.text, input.offsets, lexicons.names);
  return lexicons.documentNames === undefined
    ? names
    : longerMatches(names, matchLexicon(input.text, input.offsets, lexicons.documentNames));
}

/** List `l`'s two features at position i: a match starting or ending here, and matches meeting here. */
function writeListFeatures(
  out: Uint32Array,
  at: number,
  l: number,
  { startLen, endLen }: LexiconMatches,
  i: number,
  n: number,
  type: number,
): void {
  out[at] = h3(50 + l, startLen[i]!, endLen[i]!, type);
  out[at + 1] = h2(53 + l, i > 0 ? endLen[i - 1]! : 9, i + 1 < n ? startLen[i + 1]! : 9);
}

/**
 * The features of a sentence under lexicons that differ from those of `features` in the article's
 * own names only (`documentNames`: the people pass's second reading), or `null` when those names
 * change none of them. Only the known-name features are computed again, so that a second pass
 * costs a fraction of the first; the result equals `sentenceFeatures(input, lexicons)`.
 */
export function withDocumentNames(input: TaggerInput, features: Uint32Array, lexicons: Lexicons): Uint32Array | null {
  const n = input.chars.length;
  if (lexicons.documentNames === undefined || n === 0) return null;
  const own = matchLexicon(input.text, input.offsets, lexicons.documentNames);
  if (!own.startLen.some((len) => len > 0)) return null;
  const matches = knownNameMatches(input, lexicons);
  let out: Uint32Array | null = null;
  const pair = new Uint32Array(2);
  const stride = featuresPerChar(lexicons);
  for (let i = 0; i < n; i++) {
    const at = i * stride + KNOWN_NAMES_SLOT;
    writeListFeatures(pair, 0, 0, matches, i, n, charType(input.norm[i]!));
    if (pair[0] === features[at] && pair[1] === features[at + 1]) continue;
    out ??= features.slice();
    out.set(pair, at);
  }
  return out;
}

/** For each position, how many transliteration characters (or name dots) run up to it and from it. */
function transliterationRuns(norm: Int32Array): { left: Uint8Array; right: Uint8Array } {
  const n = norm.length;
  const left = new Uint8Array(n);
  const right = new Uint8Array(n);
  const inRun = (cp: number) => TRANSLITERATION_CPS.has(cp) || cp === NAME_DOT;
  for (let i = 0; i < n; i++) left[i] = inRun(norm[i]!) ? Math.min(255, (i > 0 ? left[i - 1]! : 0) + 1) : 0;
  for (let i = n - 1; i >= 0; i--) right[i] = inRun(norm[i]!) ? Math.min(255, (i < n - 1 ? right[i + 1]! : 0) + 1) : 0;
  return { left, right };
}

import { TAG_COUNT } from "./tags";
import type { Lexicons } from "./lexicons";
import { CueMarker, type CueWords } from "./lexicon-marks";

/**
 * The model file: a small JSON header (format, feature set, scale, transitions, word lists) and two
 * binary tables, gzipped by the caller. Feature ids are sorted and stored as varint gaps (about two
 * bytes each instead of four); weights are quantised to int8 with one scale, stored tag by tag so
 * that gzip finds the long runs of zeros. Rows whose weights all round to zero are dropped: of 0.95 M
 * trained rows (days 1–15) about 70 k remain. Measured on days 16–20: F1 0.9349 unquantised, 0.9344
 * from the file.
 */
export const MODEL_FORMAT = "folio/people-tagger";
export const MODEL_VERSION = 1;

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  featuresPerChar: number;
  tags: number;
  features: number;
  scale: number;
  transitions: number[];
  lexicons: {
    names: string[];
    places: string[];
    words: string[];
    charBins: [string, number][];
    charClusters?: [string, number][];
    /** The cue words the model was trained with (since session 42; older files read the live lists). */
    cueWords?: CueWords;
  };
  /** How the model was made (days, epochs, seed), for the record. */
  trainedOn: string;
}

export interface DecodedModel {
  header: ModelHeader;
  keys: Uint32Array;
  weights: Float32Array;
  lexicons: Lexicons;
}

export interface EncodeInput {
  keys: Uint32Array;
  weights: Float32Array;
  transitions: Float64Array;
  lexicons: Lexicons;
  featuresPerChar: number;
  trainedOn: string;
  /** Rows whose largest |weight| is below this share of the largest weight are dropped. */
  pruneShare: number;
}

export function encodeModel(input: EncodeInput): Uint8Array {
  const T = TAG_COUNT;
  let max = 0;
  for (const w of input.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const kept: number[] = [];
  for (let r = 0; r < input.keys.length; r++) {
    let rowMax = 0;
    for (let t = 0; t < T; t++) rowMax = Math.max(rowMax, Math.abs(input.weights[r * T + t]!));
    if (rowMax >= Math.max(input.pruneShare * max, scale / 2)) kept.push(r);
  }
  kept.sort((a, b) => input.keys[a]! - input.keys[b]!);
  const varints: number[] = [];
  let previous = 0;
  for (const r of kept) {
    let gap = input.keys[r]! - previous;
    previous = input.keys[r]!;
    while (gap >= 0x80) {
      varints.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    varints.push(gap);
  }
  const q = new Int8Array(kept.length * T);
  kept.forEach((r, i) => {
    for (let t = 0; t < T; t++) q[t * kept.length + i] = Math.round(input.weights[r * T + t]! / scale);
  });
  const sorted = (s: ReadonlySet<string>) => [...s].sort();
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    featuresPerChar: input.featuresPerChar,
    tags: T,
    features: kept.length,
    scale,
    transitions: Array.from(input.transitions),
    lexicons: {
      names: sorted(input.lexicons.names),
      places: sorted(input.lexicons.places),
      words: sorted(input.lexicons.words),
      charBins: [...input.lexicons.charBins].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      ...(input.lexicons.charClusters === undefined
        ? {}
        : { charClusters: [...input.lexicons.charClusters].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }),
      ...(input.lexicons.cueMarker === undefined ? {} : { cueWords: input.lexicons.cueMarker.entries() }),
    },
    trainedOn: input.trainedOn,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + json.length + 4 + varints.length + q.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  view.setUint32(4 + json.length, varints.length, true);
  out.set(varints, 8 + json.length);
  out.set(new Uint8Array(q.buffer), 8 + json.length + varints.length);
  return out;
}

export function decodeModel(bytes: Uint8Array): DecodedModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as ModelHeader;
  if (header.format !== MODEL_FORMAT || header.version !== MODEL_VERSION) {
    throw new Error(`not a ${MODEL_FORMAT} v${MODEL_VERSION} model (found ${header.format} v${header.version})`);
  }
  const n = header.features;
  const T = header.tags;
  const varintLength = view.getUint32(4 + jsonLength, true);
  const varints = bytes.subarray(8 + jsonLength, 8 + jsonLength + varintLength);
  const keys = new Uint32Array(n);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    let gap = 0;
    let shift = 1;
    for (;;) {
      const b = varints[at++]!;
      gap += (b & 0x7f) * shift;
      if (b < 0x80) break;
      shift *= 0x80;
    }
    previous += gap;
    keys[i] = previous;
  }
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + jsonLength + varintLength, n * T);
  const weights = new Float32Array(n * T);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) weights[i * T + t] = q[t * n + i]! * header.scale;
  const { names, places, words, charBins, charClusters, cueWords } = header.lexicons;
  return {
    header,
    keys,
    weights,
    lexicons: {
      names: new Set(names),
      places: new Set(places),
      words: new Set(words),
      charBins: new Map(charBins),
      ...(charClusters === undefined ? {} : { charClusters: new Map(charClusters) }),
      ...(cueWords === undefined ? {} : { cueMarker: new CueMarker(cueWords) }),
    },
  };
}

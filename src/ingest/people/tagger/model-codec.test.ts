import { describe, expect, it } from "vitest";
import { Cue, CueMarker } from "./lexicon-marks";
import { decodeModel, encodeModel } from "./model-codec";

describe("model file", () => {
  const lexicons = {
    names: new Set(["张三"]),
    places: new Set(["北京"]),
    words: new Set(["会议"]),
    charBins: new Map([["张", 0x2155]]),
  };
  const keys = Uint32Array.from([900, 5, 4_000_000_000, 77]);
  const weights = Float32Array.from({ length: 20 }, (_, i) => (i % 7) - 3 + (i === 19 ? 0.001 : 0));
  weights.set([0.0001, 0, 0, 0, 0], 10); // row 2: too small to keep
  const bytes = encodeModel({
    keys,
    weights,
    transitions: new Float64Array(25).fill(0.5),
    lexicons,
    featuresPerChar: 41,
    trainedOn: "test",
    pruneShare: 0.01,
  });

  it("round-trips keys, lexicons and transitions; drops rows of negligible weight", () => {
    const model = decodeModel(bytes);
    expect(Array.from(model.keys)).toEqual([5, 77, 900]);
    expect(model.header.transitions).toEqual(new Array(25).fill(0.5));
    expect(model.lexicons.names).toEqual(lexicons.names);
    expect(model.lexicons.charBins.get("张")).toBe(0x2155);
    expect(model.header.featuresPerChar).toBe(41);
    expect(model.lexicons.charClusters).toBeUndefined();
  });

  it("round-trips character clusters when the model has them", () => {
    const charClusters = new Map([
      ["芳", 7],
      ["张", 3],
    ]);
    const withClusters = encodeModel({
      keys,
      weights,
      transitions: new Float64Array(25),
      lexicons: { ...lexicons, charClusters },
      featuresPerChar: 41,
      trainedOn: "test",
      pruneShare: 0.01,
    });
    expect(decodeModel(withClusters).lexicons.charClusters).toEqual(charClusters);
  });

  it("round-trips the cue words it was trained with, and has none when trained without", () => {
    expect(decodeModel(bytes).lexicons.cueMarker).toBeUndefined();
    const cueMarker = new CueMarker({ before: [["站长", Cue.Title]], after: [["表示", Cue.Speech]] });
    const withCues = encodeModel({
      keys,
      weights,
      transitions: new Float64Array(25),
      lexicons: { ...lexicons, cueMarker },
      featuresPerChar: 41,
      trainedOn: "test",
      pruneShare: 0.01,
    });
    expect(decodeModel(withCues).lexicons.cueMarker?.entries()).toEqual(cueMarker.entries());
  });

  it("keeps weights within half a quantisation step", () => {
    const model = decodeModel(bytes);
    const step = model.header.scale;
    const original = new Map([...keys].map((k, r) => [k, Array.from(weights.slice(r * 5, r * 5 + 5))]));
    model.keys.forEach((k, r) => {
      original
        .get(k)!
        .forEach((w, t) => expect(Math.abs(model.weights[r * 5 + t]! - w)).toBeLessThanOrEqual(step / 2 + 1e-9));
    });
  });

  it("refuses a file of another format", () => {
    const bad = new Uint8Array(bytes);
    bad[15] = "x".charCodeAt(0);
    expect(() => decodeModel(bad)).toThrow();
  });
});

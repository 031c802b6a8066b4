import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CLUSTER_FEATURES, FEATURES_PER_CHAR } from "./char-features";
import { EMPTY_LEXICONS, type Lexicons } from "./lexicons";
import { loadModel, sharedModel } from "./load-model";
import { encodeModel } from "./model-codec";

function modelFile(lexicons: Lexicons, featuresPerChar: number): string {
  const bytes = encodeModel({
    keys: Uint32Array.from([1, 2]),
    weights: Float32Array.from({ length: 10 }, (_, i) => i - 5),
    transitions: new Float64Array(25),
    lexicons,
    featuresPerChar,
    trainedOn: "test",
    pruneShare: 0,
  });
  const path = join(mkdtempSync(join(tmpdir(), "model-")), "m.bin.gz");
  writeFileSync(path, gzipSync(bytes));
  return path;
}

describe("loading a model file", () => {
  const clustered = { ...EMPTY_LEXICONS, charClusters: new Map([["芳", 3]]) };

  it("expects the cluster features exactly when the model carries clusters", () => {
    expect(loadModel(modelFile(EMPTY_LEXICONS, FEATURES_PER_CHAR)).lexicons.charClusters).toBeUndefined();
    const withClusters = loadModel(modelFile(clustered, FEATURES_PER_CHAR + CLUSTER_FEATURES));
    expect(withClusters.lexicons.charClusters?.get("芳")).toBe(3);
    expect(withClusters.tagSentence("今天周天芳说。").input.chars).toHaveLength(7);
  });

  it("refuses a model made for another number of features, saying which", () => {
    expect(() => loadModel(modelFile(clustered, FEATURES_PER_CHAR))).toThrow(
      new RegExp(
        `made for ${FEATURES_PER_CHAR} features per character, the code has ${FEATURES_PER_CHAR + CLUSTER_FEATURES}`,
      ),
    );
    expect(() => loadModel(modelFile(EMPTY_LEXICONS, FEATURES_PER_CHAR + CLUSTER_FEATURES))).toThrow(/retrain/);
  });

  it("the shipped model carries the cue words it was trained with", () => {
    // it reads those, so a cue list grown since its training moves the rules, not the tagger
    const own = sharedModel().lexicons.cueMarker;
    expect(own).toBeDefined();
    expect(own?.entries().before.map(([w]) => w)).toContain("书记");
  });
});

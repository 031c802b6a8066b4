import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { featuresPerChar } from "./char-features";
import { decodeModel } from "./model-codec";
import { TaggerModel } from "./tagger-model";

/** The model the product ships, trained by `npm run train:people`. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../model/people-tagger.bin.gz", import.meta.url));

export function loadModel(path: string = DEFAULT_MODEL_PATH): TaggerModel {
  const decoded = decodeModel(gunzipSync(readFileSync(path)));
  const expected = featuresPerChar(decoded.lexicons);
  if (decoded.header.featuresPerChar !== expected) {
    throw new Error(
      `${path}: made for ${decoded.header.featuresPerChar} features per character, the code has ${expected}: retrain (npm run train:people)`,
    );
  }
  return new TaggerModel(
    decoded.keys,
    decoded.weights,
    Float64Array.from(decoded.header.transitions),
    decoded.lexicons,
  );
}

let shared: TaggerModel | null = null;

/** The shipped model, loaded once. */
export function sharedModel(): TaggerModel {
  shared ??= loadModel();
  return shared;
}

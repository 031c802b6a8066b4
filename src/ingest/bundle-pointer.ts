import { readFileSync } from "node:fs";
import { join } from "node:path";
// Relative, not @/: vite.config.ts imports this file before any alias exists.
import { POINTER_FILE, pointerSchema } from "../bundle/data-files";

/** The current manifest's file name in a built data folder (read from its `latest.json`). */
export function currentManifestFile(dataDir: string): string {
  let raw: string;
  try {
    raw = readFileSync(join(dataDir, POINTER_FILE), "utf8");
  } catch {
    throw new Error(`${join(dataDir, POINTER_FILE)} is missing: build the bundle first (npm run build:data)`);
  }
  return pointerSchema.parse(JSON.parse(raw)).manifest;
}

import { existsSync } from "node:fs";
import { join } from "node:path";
// Relative, not @/: build scripts import this file outside vite's aliases.
import { MANIFEST_FILE } from "../bundle/data-files";

/** The manifest's file name in a built data folder (a fixed name), after checking it is there. */
export function currentManifestFile(dataDir: string): string {
  if (!existsSync(join(dataDir, MANIFEST_FILE)))
    throw new Error(`${join(dataDir, MANIFEST_FILE)} is missing: build the bundle first (npm run build:data)`);
  return MANIFEST_FILE;
}

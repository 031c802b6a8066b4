import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { SearchDoc } from "@/bundle/search-schema";
import { buildSearchIndex, type SearchIndexOptions, type SearchIndexStats } from "./build-search-index";

/** Builds the search index into `outDir`, replacing it whole once every file is written. */
export async function writeSearchIndex(
  docs: readonly SearchDoc[],
  outDir: string,
  options: Partial<SearchIndexOptions> = {},
): Promise<SearchIndexStats & { files: number; bytes: number }> {
  const staging = `${outDir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  const stats = await buildSearchIndex(
    docs,
    async (path, data) => {
      const full = join(staging, path);
      const dir = dirname(full);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(full, data);
      files++;
      bytes += data.length;
    },
    options,
  );
  await rm(outDir, { recursive: true, force: true });
  await mkdir(dirname(outDir), { recursive: true });
  await rename(staging, outDir);
  return { ...stats, files, bytes };
}

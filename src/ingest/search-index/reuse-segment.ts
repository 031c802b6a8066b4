import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { segmentEntryPath, segmentSchema, type Segment } from "@/bundle/search-schema";

/**
 * A segment folder left by an earlier build, if it is whole: its `segment.json` (written after
 * every other file of the segment) is there, valid, names this folder, and the folder holds as
 * many files as it says. Its files are then reported through `keep` and not written again. A
 * folder that fails any check is written again (over the same names, so only differing bytes change).
 */
export async function reuseSegment(
  indexDir: string,
  id: string,
  keep: (path: string) => void,
): Promise<{ segment: Segment; bytes: number } | null> {
  let raw: string;
  try {
    raw = await readFile(join(indexDir, segmentEntryPath(id)), "utf8");
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = segmentSchema.safeParse(data);
  if (!parsed.success || parsed.data.id !== id) return null;
  const files = await listFiles(join(indexDir, id));
  if (files.length !== parsed.data.files) return null;
  let bytes = 0;
  for (const file of files) {
    bytes += (await stat(join(indexDir, id, file))).size;
    keep(`${id}/${file}`);
  }
  return { segment: parsed.data, bytes };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

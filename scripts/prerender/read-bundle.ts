import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { restoreIssue, restoreManifest, restorePeopleIndex, restorePeopleShard } from "../../src/bundle/restore";
import type { Issue, PeopleShard } from "../../src/bundle/schema";
import type { PrerenderBundle } from "../../src/app/routes/route-table";
import { currentManifestFile } from "../../src/ingest/bundle-pointer";

/** The bundle in a data folder, validated as the app validates it, for the prerender's route table. */
export async function readPrerenderBundle(dataDir: string): Promise<PrerenderBundle> {
  const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dataDir, file), "utf8"));
  const manifest = restoreManifest(await read(currentManifestFile(dataDir)));
  const issues = new Map<string, Issue>();
  for (const paper of manifest.papers) {
    for (const entry of paper.issues) issues.set(entry.file, restoreIssue(await read(entry.file)));
  }
  let people: PrerenderBundle["people"] = null;
  if (manifest.people !== undefined) {
    const index = restorePeopleIndex(await read(manifest.people));
    const shards = new Map<string, PeopleShard>();
    for (const shard of new Set(Object.values(index.shards))) shards.set(shard, restorePeopleShard(await read(shard)));
    people = { index, shards };
  }
  return { manifest, issues, people };
}

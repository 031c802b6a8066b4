import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type Rolldown } from "vite";
import { firstViewChunk } from "./first-view-chunk";

/**
 * A small app laid out as ours: the boot imports the app's entry (main.tsx) and, before it, the
 * search page's early results; the entry imports a lazy route. Built with and without the chunk
 * group, the chunks say where each module went.
 */
const FILES: Record<string, string> = {
  "index.html": `<script type="module" src="/src/app/boot.ts"></script>`,
  "src/app/boot.ts": `void import("./features/search/components/early-results").then(() => import("./main"));`,
  "src/app/features/search/components/early-results.ts": `import { path } from "../../../paths"; export const early = path("early");
    void import("../../../later").then((m) => console.log(m.later));`,
  "src/app/later.ts": `import { label } from "./label"; export const later = label + String(Math.random());`,
  "src/app/label.ts": `export const label = "版面" + String(Math.random());`,
  "src/app/paths.ts": `export const path = (name: string) => "/" + name + "/" + String(Math.random());`,
  "src/app/format.ts": `export const format = (n: number) => "第" + String(n) + "版" + String(Math.random());`,
  "src/app/table.ts": `import { format } from "./format"; export const table = [format(1), format(2)];`,
  // The entry awaits its lazy route (as ours awaits the router's first loaders, which import routes).
  "src/app/main.tsx": `import { path } from "./paths"; import { table } from "./table"; import { format } from "./format"; import { label } from "./label";
    console.log(path("main"), table, format(3), label); console.log((await import("./lazy-route")).route);
    void import("./other-route").then((m) => console.log(m.other));`,
  "src/app/lazy-route.ts": `import { format } from "./format"; export const route = format(9) + "lazy";`,
  "src/app/other-route.ts": `import { table } from "./table"; export const other = table.join() + String(Math.random());`,
};

let root: string;

async function chunks(group: boolean): Promise<Map<string, string[]>> {
  const chunk = firstViewChunk();
  const output = (await build({
    root,
    configFile: false,
    logLevel: "error",
    plugins: group ? [chunk.plugin] : [],
    build: {
      write: false,
      minify: false,
      rolldownOptions: group ? { output: { codeSplitting: chunk.codeSplitting } } : {},
    },
  })) as Rolldown.RolldownOutput;
  const modules = new Map<string, string[]>();
  for (const file of output.output)
    if (file.type === "chunk")
      for (const id of file.moduleIds) if (id.startsWith(root)) modules.set(id.slice(root.length + 1), [file.fileName]);
  const byChunk = new Map<string, string[]>();
  for (const [id, [file]] of modules) byChunk.set(file!, [...(byChunk.get(file!) ?? []), id].sort());
  return byChunk;
}

/** The modules that share a chunk with `module`. */
function chunkOf(byChunk: Map<string, string[]>, module: string): string[] {
  return [...byChunk.values()].find((ids) => ids.includes(module)) ?? [];
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "folio-first-view-chunk-"));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the app's first-view chunk", () => {
  it("holds the entry's modules a lazy route shares, which the bundler alone splits off", async () => {
    const alone = await chunks(false);
    expect(chunkOf(alone, "src/app/format.ts")).not.toContain("src/app/main.tsx");

    const grouped = await chunks(true);
    expect(chunkOf(grouped, "src/app/format.ts")).toEqual(["src/app/format.ts", "src/app/table.ts"]);
    // The lazy route stays a chunk of its own: it imports what it shares from that chunk, and the
    // entry is in none that anything imports (it awaits the lazy route: a cycle would never end).
    expect(chunkOf(grouped, "src/app/lazy-route.ts")).toEqual(["src/app/lazy-route.ts"]);
    expect(chunkOf(grouped, "src/app/main.tsx")).toEqual(["src/app/main.tsx"]);
  });

  it("leaves out what code before the app (the search page's early results) imports, statically or not", async () => {
    const grouped = await chunks(true);
    expect(chunkOf(grouped, "src/app/label.ts")).not.toContain("src/app/format.ts");
    expect(chunkOf(grouped, "src/app/paths.ts")).not.toContain("src/app/format.ts");
    expect(chunkOf(grouped, "src/app/features/search/components/early-results.ts")).not.toContain("src/app/format.ts");
  });
});

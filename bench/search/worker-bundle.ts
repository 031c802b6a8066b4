import { build } from "esbuild";
import { gzipSize } from "./stats";

/**
 * What the search worker costs to download: its entry bundled and minified as Vite would emit it
 * (esbuild, browser ESM), and the share of that which is OpenCC's character tables.
 */
export interface WorkerBundle {
  raw: number;
  gzip: number;
  tablesRaw: number;
}

export async function workerBundle(): Promise<WorkerBundle> {
  const result = await build({
    entryPoints: [new URL("../../src/search/search-worker.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    alias: { "@": new URL("../../src", import.meta.url).pathname },
    charset: "utf8",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const tablesRaw = Object.entries(output.inputs)
    .filter(([path]) => path.includes("opencc-js"))
    .reduce((n, [, input]) => n + input.bytesInOutput, 0);
  return { raw: code.length, gzip: gzipSize(code), tablesRaw };
}

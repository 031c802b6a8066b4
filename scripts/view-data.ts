import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { QueryClient } from "@tanstack/react-query";
import { createStaticHandler } from "react-router";
import { createRoutes } from "../src/app/router";
import { bundleUrl } from "../src/app/lib/fetch-bundle";
import { findPeople } from "../src/app/features/people/api/filter-people";

/**
 * The data files a view fetches on its first load, found by running the app's own route table
 * (its loaders, as the browser runs them) against a data folder on disk, with `fetch` answering
 * from the folder and recording each file: what the page's HTML preloads and what a client-side
 * navigation to it downloads. Used by `npm run bench:views` and by the test over a generated archive.
 */
export interface FetchedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface ViewData {
  files: FetchedFile[];
  status: number;
}

/** What gzip makes of a file (level 9; the build's gzip copies are the same). */
async function sizes(dataDir: string, file: string): Promise<FetchedFile> {
  const bytes = await readFile(join(dataDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Runs `run` with `fetch` answering bundle URLs from `dataDir`; returns what it fetched. */
async function recording<T>(dataDir: string, run: () => Promise<T>): Promise<{ result: T; files: FetchedFile[] }> {
  const prefix = bundleUrl("");
  const fetched: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.pathname : input.url;
    if (!url.startsWith(prefix)) throw new Error(`a view fetched ${url}, which is not in the bundle`);
    const file = decodeURIComponent(url.slice(prefix.length));
    fetched.push(file);
    try {
      return new Response(await readFile(join(dataDir, file)), { headers: { "content-type": "application/json" } });
    } catch {
      return new Response("", { status: 404 });
    }
  };
  try {
    const result = await run();
    const unique = [...new Set(fetched)];
    return { result, files: await Promise.all(unique.map((file) => sizes(dataDir, file))) };
  } finally {
    globalThis.fetch = original;
  }
}

/** The data a view at `path` fetches on its first load (a fresh query cache, as a new visitor's). */
export async function viewData(dataDir: string, path: string): Promise<ViewData> {
  const { result, files } = await recording(dataDir, async () => {
    const { query } = createStaticHandler(createRoutes(new QueryClient()));
    const context = await query(new Request(new URL(path, "http://folio.test")));
    return context instanceof Response ? context.status : context.statusCode;
  });
  return { files, status: result };
}

/** The people index's filter: what typing `text` on a large index fetches (after the view's own files). */
export async function filterData(dataDir: string, filterFile: string, text: string) {
  const { result, files } = await recording(dataDir, () => findPeople(new QueryClient(), filterFile, text));
  return { files, found: result.people.length, complete: result.complete };
}

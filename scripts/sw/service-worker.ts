/**
 * The service worker's generation, made incremental. workbox-build's `generateSW` bundles and
 * minifies the worker with its runtime (40–56 s on a busy two-core machine), and the worker embeds
 * the precache list, whose entry for the data manifest (`data/manifest.json`) gets a new revision
 * with every issue added. So the worker is generated with a placeholder for that one revision and
 * kept as a template (`.cache/build-sw/`), keyed by everything else it is made from: workbox-build's
 * version, the worker's configuration (the calling script's source and its values) and every other
 * precache entry with its revision. A build whose only change is the manifest fills the placeholder
 * into the kept template (a string replacement); any other change generates the template again.
 * Full and incremental builds take the same path (template, then replacement), so they give the
 * same bytes.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSW, getManifest, type GenerateSWOptions } from "workbox-build";

/** Stands for the data manifest's revision in a kept template: a string literal the minifier keeps as it is. */
export const MANIFEST_REVISION_PLACEHOLDER = "__folio_data_manifest_revision__";

export type WorkerOptions = Omit<GenerateSWOptions, "swDest" | "globDirectory" | "manifestTransforms">;

export interface ServiceWorkerBuild {
  /** The worker's source, ready to be written. */
  sw: string;
  /** Precache entries and their bytes (as workbox counts them). */
  count: number;
  size: number;
  warnings: string[];
  /** False when a kept template was filled in (no bundling). */
  generated: boolean;
}

export interface ServiceWorkerInput {
  /** The built site (workbox's `globDirectory`). */
  dist: string;
  /** The precached data manifest, relative to `dist` (its revision is the one filled in). */
  manifestFile: string;
  options: WorkerOptions;
  /** What the options are made from besides their values (functions print as their source): the calling script's text. */
  configSource: string;
  /** Where templates are kept (one at a time). */
  cacheDir: string;
  /** For tests: the generator (workbox-build's `generateSW`). */
  generate?: typeof generateSW;
}

export async function buildServiceWorker(input: ServiceWorkerInput): Promise<ServiceWorkerBuild> {
  const { dist, manifestFile, options, cacheDir } = input;
  const listed = await getManifest({
    globDirectory: dist,
    globPatterns: options.globPatterns,
    ...(options.modifyURLPrefix === undefined ? {} : { modifyURLPrefix: options.modifyURLPrefix }),
  });
  const isManifest = (url: string) => url.endsWith(`/${manifestFile}`);
  const manifestEntries = listed.manifestEntries.filter((e) => isManifest(e.url));
  if (manifestEntries.length !== 1)
    throw new Error(`service worker: ${manifestFile} is precached ${manifestEntries.length} times (expected once)`);
  const revision = manifestEntries[0]!.revision;
  if (revision === null || !/^[0-9a-f]+$/u.test(revision))
    throw new Error(`service worker: ${manifestFile} has no revision to fill in (${String(revision)})`);
  const key = templateKey(
    input,
    listed.manifestEntries.map((e) => (isManifest(e.url) ? { ...e, revision: "" } : e)),
  );
  const templateFile = join(cacheDir, `${key}.js`);
  let template = await readFile(templateFile, "utf8").catch(() => null);
  const generated = template === null;
  let warnings = listed.warnings;
  if (template === null) {
    const staged = join(tmpdir(), `folio-sw-${process.pid}-${key}`);
    try {
      // workbox fills its defaults into the options it is given: it gets a copy, so the key stays the same.
      const made = await (input.generate ?? generateSW)({
        ...plainCopy(options),
        globDirectory: dist,
        swDest: join(staged, "sw.js"),
        manifestTransforms: [
          (entries) => ({
            manifest: entries.map((e) => (isManifest(e.url) ? { ...e, revision: MANIFEST_REVISION_PLACEHOLDER } : e)),
            warnings: [],
          }),
        ],
      });
      warnings = made.warnings;
      template = await readFile(join(staged, "sw.js"), "utf8");
    } finally {
      await rm(staged, { recursive: true, force: true });
    }
    if (template.split(MANIFEST_REVISION_PLACEHOLDER).length !== 2)
      throw new Error("service worker: the generated worker does not hold the manifest's revision exactly once");
    // One template at a time: the last one is the one a build with only a new manifest can use.
    await rm(cacheDir, { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    await writeFile(templateFile, template);
  }
  return {
    sw: template.replace(MANIFEST_REVISION_PLACEHOLDER, revision),
    count: listed.count,
    size: listed.size,
    warnings,
    generated,
  };
}

/** Everything a template is made from: workbox-build's version, the configuration and the other precache entries. */
function templateKey(input: ServiceWorkerInput, entries: readonly unknown[]): string {
  const require = createRequire(import.meta.url);
  const workbox = (require("workbox-build/package.json") as { version: string }).version;
  return createHash("sha256")
    .update(JSON.stringify({ workbox, source: input.configSource, options: input.options, entries }))
    .digest("hex")
    .slice(0, 24);
}

/** A deep copy of plain objects and arrays; functions, regular expressions and other values as they are. */
function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => plainCopy(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)])) as T;
  return value;
}

/** The templates kept (for tests and reports). */
export async function keptTemplates(cacheDir: string): Promise<string[]> {
  return (await readdir(cacheDir).catch(() => [])).filter((f) => f.endsWith(".js"));
}

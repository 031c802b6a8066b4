import type { Plugin } from "vite";

/**
 * One chunk for the app's own modules that only the app's entry (`src/app/main.tsx`) needs before
 * it hydrates. Left to itself the bundler makes a chunk of every module that a lazy route (or the
 * search page's early results) shares with the entry: 30-odd files of a few hundred bytes each,
 * every one compressed on its own (about 7 kB more gzip than the same code in one file). The
 * entry's static imports (its first view) that nothing loaded before the app needs (the boot, its
 * steps, the search page's early results, the search worker) go into the entry's chunk; libraries
 * keep their own chunks (the boot evaluates them in steps); lazy routes import what they share from it.
 */
const ENTRY = /[\\/]src[\\/]app[\\/]main\.tsx$/u;
/** Code that runs before the app, or apart from it: what it imports stays out of the app's chunk. */
const BEFORE_APP = [
  /[\\/]src[\\/]app[\\/]boot\.ts$/u,
  /[\\/]src[\\/]app[\\/]boot-steps[\\/]/u,
  /[\\/]src[\\/]app[\\/]features[\\/]search[\\/]components[\\/]early-results\.tsx?$/u,
  /[\\/]src[\\/]search[\\/]search-worker\.ts$/u,
];

export function firstViewChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  let inChunk = new Set<string>();
  const plugin: Plugin = {
    name: "folio-first-view-chunk",
    apply: "build",
    buildEnd() {
      const staticClosure = (roots: string[]): Set<string> => {
        const seen = new Set<string>();
        const queue = [...roots];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const app = staticClosure(ids.filter((id) => ENTRY.test(id)));
      // Whatever the boot reaches, statically or by the dynamic imports it makes before the app.
      const bootRoots = ids.filter((id) => BEFORE_APP.some((pattern) => pattern.test(id)));
      const beforeApp = staticClosure(bootRoots);
      inChunk = new Set(
        [...app].filter((id) => !beforeApp.has(id) && !id.includes("node_modules") && !id.startsWith("\0")),
      );
    },
  };
  return { plugin, test: (id) => inChunk.has(id) };
}

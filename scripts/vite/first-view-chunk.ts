import type { Plugin } from "vite";

/**
 * One chunk for the app's own modules that only the app's entry (`src/app/main.tsx`) needs before
 * it hydrates, beside the entry's chunk. Left to itself the bundler makes a chunk of every module that a lazy route (or the
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

/** The plugin (it finds the modules once they are all loaded) and the build's `output.codeSplitting` that puts them in one chunk. */
export function firstViewChunk(): {
  plugin: Plugin;
  codeSplitting: { includeDependenciesRecursively: false; groups: { name: string; test: (id: string) => boolean }[] };
} {
  let inChunk = new Set<string>();
  const plugin: Plugin = {
    name: "folio-first-view-chunk",
    apply: "build",
    buildEnd() {
      /** The modules `roots` import, and theirs; `dynamic`: their dynamic imports too, except the app's entry. */
      const closure = (roots: string[], dynamic: boolean): Set<string> => {
        const seen = new Set<string>();
        const queue = [...roots];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          const info = this.getModuleInfo(id);
          queue.push(...(info?.importedIds ?? []));
          if (dynamic) queue.push(...(info?.dynamicallyImportedIds ?? []).filter((imported) => !ENTRY.test(imported)));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const app = closure(
        ids.filter((id) => ENTRY.test(id)),
        false,
      );
      // Whatever the code before the app reaches, statically or by its own dynamic imports.
      const beforeApp = closure(
        ids.filter((id) => BEFORE_APP.some((pattern) => pattern.test(id))),
        true,
      );
      inChunk = new Set(
        [...app].filter(
          (id) => !ENTRY.test(id) && !beforeApp.has(id) && !id.includes("node_modules") && !id.startsWith("\0"),
        ),
      );
    },
  };
  return {
    plugin,
    // Only the captured modules: their libraries stay in chunks of their own.
    codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: "app", test: (id) => inChunk.has(id) }] },
  };
}

import type * as FsPromises from "node:fs/promises";

/**
 * The paths that the module under test lists (`readdir`) or measures (`stat`) while `on` is set. A test
 * mocks `node:fs/promises` with `touchingFs` (the module imports its file functions from there) and
 * reads `paths`, to show that a step looks only at the files it must.
 */
export const touched = { on: false, paths: [] as string[], reads: [] as string[] };

/**
 * `fs` whose `readdir` and `stat` record their path in `touched.paths`, and `readFile` in
 * `touched.reads` (while it is on), and then do their work.
 */
export function touchingFs(fs: typeof FsPromises): typeof FsPromises {
  const spy = <F extends (...args: never[]) => unknown>(f: F, into: string[]): F =>
    ((path: string, ...rest: unknown[]) => {
      if (touched.on) into.push(String(path));
      return (f as unknown as (...args: unknown[]) => unknown)(path, ...rest);
    }) as unknown as F;
  return {
    ...fs,
    readdir: spy(fs.readdir, touched.paths),
    stat: spy(fs.stat, touched.paths),
    readFile: spy(fs.readFile, touched.reads),
  };
}

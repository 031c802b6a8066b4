import type { Plugin } from "vite";

/**
 * The SSR build (`vite build --ssr`, into `dist-ssr/`) is the prerender's render code only: it
 * does not copy `public/`, which holds the bundle (`public/data`, the whole archive: 835 MB in
 * 132,930 files at twenty years of `bench:scale -- --pages 1`). Copied, it cost the full build a
 * second copy of the archive, and every prerender read and hashed it whole to key its pages
 * (`filesKey` over `dist-ssr/` in `scripts/prerender.ts`): some 30 CPU-s a day at that size.
 */
export function ssrWithoutPublic(): Plugin {
  return {
    name: "folio:ssr-without-public",
    config: (_config, env) => (env.isSsrBuild === true ? { build: { copyPublicDir: false } } : undefined),
  };
}

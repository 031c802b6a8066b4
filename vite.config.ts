import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { siteUrl } from "./scripts/site-url";
import { appModules } from "./scripts/vite/app-modules";
import { firstViewChunk } from "./scripts/vite/first-view-chunk";
import { inlineHeadPlugin } from "./scripts/vite/inline-head";
import { readingInit } from "./scripts/vite/reading-init";
import { shortMessageIds } from "./scripts/vite/short-message-ids";
import { ssrWithoutPublic } from "./scripts/vite/ssr-without-public";

/** `FOLIO_BASE` serves the app under a sub-path (e.g. `/folio/` on a GitHub Pages project site). */
const base = process.env.FOLIO_BASE ?? "/";
const appChunk = firstViewChunk();

export default defineConfig({
  base,
  plugins: [
    react(),
    lingui(),
    shortMessageIds(),
    tailwindcss(),
    readingInit(),
    appModules(),
    inlineHeadPlugin(),
    appChunk.plugin,
    // The SSR build is render code only: no copy of public/ (the bundle) in dist-ssr.
    ssrWithoutPublic(),
  ],
  define: {
    "import.meta.env.VITE_FOLIO_SITE_URL": JSON.stringify(siteUrl()),
  },
  resolve: {
    alias: [
      { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
      // react-router's package names only its development build (dev warnings on, the same code
      // otherwise): the browser gets its production build.
      {
        find: /^react-router$/u,
        replacement: fileURLToPath(new URL("./node_modules/react-router/dist/production/index.mjs", import.meta.url)),
      },
    ],
  },
  // The build manifest lets `npm run size` follow the boot's imports to the code a view needs.
  build: {
    target: "es2022",
    sourcemap: false,
    manifest: true,
    // Every browser of the build's target but Safari < 17 knows modulepreload; there the links do
    // nothing and the imports fetch the code themselves (no 0.5 kB polyfill in every first view).
    modulePreload: { polyfill: false },
    // The app's first-view modules in one chunk with its entry (scripts/vite/first-view-chunk.ts).
    rolldownOptions: {
      output: {
        codeSplitting: appChunk.codeSplitting,
      },
    },
  },
  // The search worker is an ES module (it imports the engine's chunks).
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
});

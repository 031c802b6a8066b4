import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { siteUrl } from "./scripts/site-url";
import { appModules } from "./scripts/vite/app-modules";
import { readingInit } from "./scripts/vite/reading-init";

/** `FOLIO_BASE` serves the app under a sub-path (e.g. `/folio/` on a GitHub Pages project site). */
const base = process.env.FOLIO_BASE ?? "/";

/**
 * The production pages' Content-Security-Policy: the app's own origin only, no inline script, no
 * inline style. As a meta tag, since a static host may not let us set headers. Not in dev, where
 * Vite injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "folio-csp",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  base,
  plugins: [react(), lingui(), tailwindcss(), contentSecurityPolicy(), readingInit(), appModules()],
  define: {
    "import.meta.env.VITE_FOLIO_SITE_URL": JSON.stringify(siteUrl()),
  },
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  // The build manifest lets `npm run size` follow the boot's imports to the code a view needs.
  build: { target: "es2022", sourcemap: false, manifest: true },
  // The search worker is an ES module (it imports the engine's chunks).
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
});

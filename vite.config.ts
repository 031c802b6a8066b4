import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** `FOLIO_BASE` serves the app under a sub-path (e.g. `/folio/` on a GitHub Pages project site). */
const base = process.env.FOLIO_BASE ?? "/";

export default defineConfig({
  base,
  plugins: [react(), tailwindcss()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  build: { target: "es2022", sourcemap: false },
  server: { port: 5173 },
  preview: { port: 4173 },
});

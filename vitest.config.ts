import { fileURLToPath } from "node:url";
import { lingui } from "@lingui/vite-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [lingui()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    // Two cores here: forks, not threads, and no more than the machine has.
    pool: "forks",
    // A test waits for its computation, never for a fixed time: on a busy two-core machine the
    // heavier ones (the search index round trip, the tagger) take several times their idle 1–5 s,
    // so the budget is generous and a hang still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The interface's Chinese catalogue, as the app's entries install it.
    setupFiles: ["src/app/locales/zh.ts"],
  },
});

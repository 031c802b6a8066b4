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
    // The interface's Chinese catalogue, as the app's entries install it.
    setupFiles: ["src/app/locales/zh.ts"],
  },
});

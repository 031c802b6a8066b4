import { fileURLToPath } from "node:url";
import { resolveConfig } from "vite";
import { describe, expect, it } from "vitest";

/** The project's own vite config, resolved as `build-app.ts` runs it: the client build, then the SSR build. */
const configFile = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));
const resolved = (ssr: boolean) =>
  resolveConfig(
    { configFile, logLevel: "silent", ...(ssr ? { build: { ssr: "src/app/entry-server.tsx" } } : {}) },
    "build",
    "production",
    "production",
  );

describe("the SSR build", () => {
  it("does not copy public/ (the bundle) into dist-ssr; the client build does", async () => {
    expect((await resolved(true)).build.copyPublicDir).toBe(false);
    expect((await resolved(false)).build.copyPublicDir).toBe(true);
  }, 60_000);
});

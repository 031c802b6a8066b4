import * as z from "zod/mini";

/**
 * File names of the bundle. The manifest is content-hashed like every issue file, so that one
 * deployment's app (whose build knows its manifest's name) never reads another deployment's data,
 * even from a cache. `latest.json` points at the current manifest for build tools only; the app
 * never fetches it.
 */
export const POINTER_FILE = "latest.json";

export const pointerSchema = z.object({
  manifest: z.string().check(z.regex(/^manifest\.[0-9a-f]+\.json$/u, "manifest.<hash>.json")),
});

export type Pointer = z.infer<typeof pointerSchema>;

export function manifestFileName(hash: string): string {
  return `manifest.${hash}.json`;
}

import { MODULES_META } from "../../src/app/config/boot";

/** An entry of Vite's build manifest (`dist/.vite/manifest.json`), as far as this needs it. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * A prerendered page preloads its own route's code with the app's: the chunks of the matched
 * routes' lazily loaded components (by their source files, `LazyComponent.module`) and the chunks
 * they import, added to the page's MODULES_META tag (the boot preloads what it names after the
 * first paint; `npm run size` counts it as the page's first view). Chunks the tag names already
 * are not repeated. Throws for a module the build does not have (a route table out of step).
 */
export function withRouteModules(
  html: string,
  modules: readonly string[],
  manifest: Record<string, ManifestChunk>,
  base: string,
): string {
  if (modules.length === 0) return html;
  const tag = new RegExp(`(<meta name="${MODULES_META}" content=")([^"]*)(")`, "u");
  const match = tag.exec(html);
  if (match === null) throw new Error(`the page template has no ${MODULES_META} tag`);
  const named = match[2]!.split(" ").filter(Boolean);
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build has no chunk for ${key}`);
    const url = `${base}/${chunk.file}`;
    if (named.includes(url) || files.includes(url)) return;
    files.push(url);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return html.replace(
    tag,
    (_all, open: string, _content, close: string) => `${open}${[...named, ...files].join(" ")}${close}`,
  );
}

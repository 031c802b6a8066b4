import type { Plugin } from "vite";
import { MODULES_META } from "../../src/app/config/boot";

/**
 * Names, in a meta tag of the page template, every chunk of the app's code that the boot
 * (`src/app/boot.ts`) imports step by step: React's DOM renderer, the libraries, the app. The boot
 * preloads them all at once after the first paint, so the steps still run one task each but their
 * downloads no longer wait for each other (three round trips fewer on a phone network).
 * `npm run size` reads the same tag: it is the first view's code.
 */
const STEP_MODULES = [
  "/react-dom/client.js",
  "/src/app/boot-steps/router.ts",
  "/src/app/boot-steps/query.ts",
  "/src/app/boot-steps/schema.ts",
  "/src/app/main.tsx",
];

export function appModules(): Plugin {
  let base = "/";
  return {
    name: "folio-app-modules",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk }) {
        if (bundle === undefined || chunk === undefined) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === "chunk" ? [[output.fileName, output] as const] : [],
          ),
        );
        const alreadyLoaded = new Set([chunk.fileName, ...chunk.imports]);
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (alreadyLoaded.has(fileName) || files.includes(fileName)) return;
          files.push(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        for (const step of STEP_MODULES) {
          const target = chunk.dynamicImports.find((file) => chunks.get(file)?.facadeModuleId?.endsWith(step));
          if (target === undefined) throw new Error(`folio-app-modules: the boot no longer imports ${step}`);
          visit(target);
        }
        return [
          {
            tag: "meta",
            attrs: { name: MODULES_META, content: files.map((file) => `${base}${file}`).join(" ") },
            injectTo: "head",
          },
        ];
      },
    },
  };
}

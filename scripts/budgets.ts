/**
 * Features whose cost in the first view's JS has a budget: `npm run size` measures each one's share
 * of every page kind's first-view code through the build's source maps (`code-share.ts`). A
 * feature is the source files listed here (a path, or a folder ending in `/`, from the project's
 * root): the files that exist for it alone. When such a feature grows a file, list it here.
 */
export interface Budget {
  name: string;
  /** The most its share may be, in gzip bytes. */
  limit: number;
  sources: readonly string[];
}

export const BUDGETS: readonly Budget[] = [
  {
    // Issue 15: "the first view's JS must not grow by more than 5 kB gzip for all of this".
    name: "issue 15 (简/繁, 朗读, English interface)",
    limit: 5 * 1024,
    sources: [
      // Lingui's runtime and the app's glue around it.
      "node_modules/@lingui/",
      "src/app/lib/i18n.ts",
      // The whole catalogue, counted in full: its Chinese messages were strings inline in the code
      // before (each `t("…")` replaced one), so this is an upper bound of what the messages cost.
      "src/app/locales/",
      // 简/繁 and the interface's language: the choices, the switches, applying them to the page.
      "src/app/lib/script-choice.ts",
      "src/app/lib/language-alternates.ts",
      "src/app/features/reading/api/language-settings.ts",
      "src/app/features/reading/api/language-choices.ts",
      "src/app/features/reading/components/LanguageControls.tsx",
      "src/app/features/reading/api/use-page-language.ts",
      "src/app/features/reading/api/page-language.ts",
      "src/app/features/reading/api/page-converter.ts",
      "node_modules/opencc-js/",
      // 朗读.
      "src/app/features/article/components/ReadAloudButton.tsx",
      "src/app/features/article/components/ReadAloudPlayer.tsx",
      "src/app/features/article/api/read-aloud.ts",
      "src/app/features/article/api/continue-reading.ts",
      "src/app/features/article/api/use-paragraph-read.ts",
    ],
  },
];

/** Whether `source` (a path from the project's root) is one of `sources`. */
export function listed(sources: readonly string[], source: string): boolean {
  const path = source.split("?")[0]!;
  return sources.some((entry) => (entry.endsWith("/") ? path.startsWith(entry) : path === entry));
}

import { defineConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";

/**
 * Parts of the catalogue that only code loaded later shows (a lazy route or dialog): each part's
 * messages are in `src/app/locales/parts/<part>/<locale>.json` and load with that code
 * (`src/app/locales/parts/<part>.ts`, imported by the files listed here), so the first view ships
 * only the messages it can show. A part's ids are used in its files only (`i18n.test.ts` checks it).
 */
export const CATALOGUE_PARTS = {
  search: [
    "src/app/routes/search-route.tsx",
    "src/app/features/search/api/search-client.ts",
    "src/app/features/search/components/SearchFailure.tsx",
    "src/app/features/search/components/SearchFiltersForm.tsx",
    "src/app/features/search/components/search-page-text.ts",
  ],
  poster: ["src/app/features/article/components/PosterDialog.tsx"],
  "read-aloud": ["src/app/features/article/components/ReadAloudPlayer.tsx"],
  article: [
    "src/app/routes/article-route.tsx",
    "src/app/features/article/components/ArticleNav.tsx",
    "src/app/features/article/components/ArticlePhotos.tsx",
    "src/app/features/article/components/ArticleView.tsx",
    "src/app/features/article/components/CiteButton.tsx",
    "src/app/features/article/components/JumpLine.tsx",
    "src/app/features/article/components/Poster.tsx",
    "src/app/features/article/components/ReadAloudButton.tsx",
    "src/app/features/article/components/SelectionToolbar.tsx",
    "src/app/features/article/components/ShareButton.tsx",
  ],
  "printed-page": [
    "src/app/features/issue/components/PageLocator.tsx",
    "src/app/features/issue/components/PageNoticeText.tsx",
    "src/app/features/issue/components/PageThumbs.tsx",
    "src/app/features/issue/components/PageViewer.tsx",
    "src/app/features/issue/components/PrintedPage.tsx",
  ],
  archive: [
    "src/app/routes/archive-route.tsx",
    "src/app/routes/month-route.tsx",
    "src/app/routes/year-route.tsx",
    "src/app/features/archive/components/IssueCalendar.tsx",
    "src/app/features/archive/components/MonthNav.tsx",
    "src/app/features/archive/components/YearCalendar.tsx",
    "src/app/features/archive/components/YearStrip.tsx",
  ],
  people: [
    "src/app/features/people/api/role-label.ts",
    "src/app/features/people/components/PeopleIndexView.tsx",
    "src/app/features/people/components/PersonView.tsx",
  ],
} as const;

/**
 * The interface's one catalogue: `src/app/locales/<locale>.json` (what the first view can show) and
 * its parts, message id → ICU message (Chinese is the source, English its translation). Compiled by
 * `@lingui/vite-plugin` when the app imports `<locale>.json?lingui`, so the app ships compiled
 * messages and no message parser.
 */
export default defineConfig({
  sourceLocale: "zh",
  locales: ["zh", "en"],
  catalogs: [
    {
      path: "<rootDir>/src/app/locales/{locale}",
      include: ["src/app"],
      exclude: Object.values(CATALOGUE_PARTS).flat(),
    },
    ...Object.entries(CATALOGUE_PARTS).map(([part, files]) => ({
      path: `<rootDir>/src/app/locales/parts/${part}/{locale}`,
      include: [...files],
    })),
  ],
  format: formatter({ style: "minimal" }),
});

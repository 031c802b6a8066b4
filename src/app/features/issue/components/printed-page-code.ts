/** What the printed page's chunk holds (see `api/printed-page-code.ts`). */
export { PrintedPage } from "./PrintedPage";
export { PageLocator } from "./PageLocator";

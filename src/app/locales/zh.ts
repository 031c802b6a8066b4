import { isLocalePending } from "@/app/features/reading/api/stored-settings";
import { installCatalog, prefetchEnglish } from "@/app/lib/i18n";
import { messages } from "./zh.json?lingui";

// The Chinese catalogue, compiled at build time, installed (and active) before anything renders:
// the entries import this first.
installCatalog("zh", messages);
// A page that opens in English (marked by the head's bootstrap) fetches English beside the app's code.
if (typeof document !== "undefined" && isLocalePending(document.documentElement)) prefetchEnglish();

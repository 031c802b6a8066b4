import { installCatalog } from "@/app/lib/i18n";
import { messages } from "./zh.json?lingui";

// The Chinese catalogue, compiled at build time, installed (and active) before anything renders:
// the entries import this first.
installCatalog("zh", messages);

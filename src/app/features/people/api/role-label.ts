import { t } from "@/app/lib/i18n";
import "@/app/locales/parts/people";

/** How a role reads on the page: the reporter credit in the interface's words, titles as the text gives them. */
export function roleLabel(role: string): string {
  return role === "reporter" ? t("people.reporter") : role;
}

import { ADMIN_LEVEL_CHARS, ORGANISATION_UNITS } from "./title-words";

/**
 * A single admin-level character right before a word that itself starts with one (`徐州|市委书记`,
 * `兴县|县长`, `自治州|州委书记`) or before an organisation's unit (`农业农村|局局长`) ends a place's
 * or an organisation's name; it is not a unit of the title. Read as a unit, it cut the title inside
 * that name (`州市委书记`, `县县长`, `村局局长`).
 */
export function endsNameBefore(unit: string, next: string): boolean {
  if (unit.length !== 1 || !ADMIN_LEVEL_CHARS.includes(unit)) return false;
  return ADMIN_LEVEL_CHARS.includes(next[0] ?? "") || ORGANISATION_UNITS.includes(next);
}

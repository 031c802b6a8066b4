import type { SearchFilters, SearchSort } from "@/search/search-types";

/**
 * A search as the results page's URL holds it (`/search/?q=乡村振兴&from=2023-01-01&paper=maonan`),
 * so results can be shared and reloaded. Unknown or malformed values are dropped, not trusted.
 */
export interface SearchState {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  const from = params.get("from");
  const to = params.get("to");
  const paper = params.get("paper");
  const page = params.get("page");
  const person = params.get("person");
  if (from !== null && DATE.test(from)) filters.dateFrom = from;
  if (to !== null && DATE.test(to)) filters.dateTo = to;
  if (paper !== null && /^[a-z0-9-]+$/u.test(paper)) filters.paper = paper;
  if (page !== null && /^[1-9]\d{0,3}$/u.test(page)) filters.page = Number(page);
  if (person !== null && person.trim() !== "") filters.person = person.trim();
  return { q: params.get("q") ?? "", filters, sort: params.get("sort") === "title-first" ? "title-first" : "newest" };
}

export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== "") params.set("q", state.q);
  if (state.filters.dateFrom) params.set("from", state.filters.dateFrom);
  if (state.filters.dateTo) params.set("to", state.filters.dateTo);
  if (state.filters.paper) params.set("paper", state.filters.paper);
  if (state.filters.page !== undefined) params.set("page", String(state.filters.page));
  if (state.filters.person) params.set("person", state.filters.person);
  if (state.sort !== "newest") params.set("sort", state.sort);
  return params;
}

/** The article a hit's key names (`<paper>/<date>/<page>-<seq>`). */
export function hitAddress(key: string): { paper: string; date: string; page: number; seq: number } | null {
  const match = /^([a-z0-9-]+)\/(\d{4}-\d{2}-\d{2})\/(\d+)-(\d+)$/u.exec(key);
  if (match === null) return null;
  return { paper: match[1]!, date: match[2]!, page: Number(match[3]), seq: Number(match[4]) };
}

import { useId } from "react";
import type { SearchFilters, SearchSort } from "@/search/search-types";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/search";

/** Filters (date range, paper, page, person) and order of the results; every change is applied at once. */
export function SearchFiltersForm({
  filters,
  sort,
  papers,
  onChange,
}: {
  filters: SearchFilters;
  sort: SearchSort;
  papers: readonly { id: string; name: string }[];
  onChange: (filters: SearchFilters, sort: SearchSort) => void;
}) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<SearchFilters>) => {
    const merged: SearchFilters = { ...filters, ...patch };
    const next = Object.fromEntries(
      Object.entries(merged).filter(([, value]) => value !== undefined && value !== ""),
    ) as SearchFilters;
    onChange(next, sort);
  };
  return (
    <details className="search-filters" open={Object.keys(filters).length > 0 || sort !== "newest"}>
      <summary className="cursor-pointer text-sm font-medium">{t("search.filters")}</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <label className="field-label" htmlFor={`${id}-from`}>
          {t("search.from")}
          <input
            id={`${id}-from`}
            type="date"
            className="text-field"
            value={filters.dateFrom ?? ""}
            onChange={(e) => set({ dateFrom: e.target.value || undefined })}
          />
        </label>
        <label className="field-label" htmlFor={`${id}-to`}>
          {t("search.to")}
          <input
            id={`${id}-to`}
            type="date"
            className="text-field"
            value={filters.dateTo ?? ""}
            onChange={(e) => set({ dateTo: e.target.value || undefined })}
          />
        </label>
        <label className="field-label" htmlFor={`${id}-paper`}>
          {t("search.paper")}
          <select
            id={`${id}-paper`}
            className="text-field"
            value={filters.paper ?? ""}
            onChange={(e) => set({ paper: e.target.value || undefined })}
          >
            <option value="">{t("search.allPapers")}</option>
            {papers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field-label" htmlFor={`${id}-page`}>
          {t("search.page")}
          <input
            id={`${id}-page`}
            type="number"
            min={1}
            inputMode="numeric"
            className="text-field"
            value={filters.page ?? ""}
            onChange={(e) => set({ page: /^[1-9]\d*$/u.test(e.target.value) ? Number(e.target.value) : undefined })}
          />
        </label>
        <label className="field-label" htmlFor={`${id}-person`}>
          {t("search.person")}
          <input
            id={`${id}-person`}
            type="text"
            className="text-field"
            value={filters.person ?? ""}
            onChange={(e) => set({ person: e.target.value || undefined })}
          />
        </label>
        <label className="field-label" htmlFor={`${id}-sort`}>
          {t("search.sort")}
          <select
            id={`${id}-sort`}
            className="text-field"
            value={sort}
            onChange={(e) => onChange(filters, e.target.value === "title-first" ? "title-first" : "newest")}
          >
            <option value="newest">{t("search.newest")}</option>
            <option value="title-first">{t("search.titleFirst")}</option>
          </select>
        </label>
      </div>
    </details>
  );
}

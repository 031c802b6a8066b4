import { startTransition, useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { basePath, paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import { useClientValue } from "@/app/lib/use-is-client";

/**
 * The search box in the header of every page. `/` focuses it. Typing searches as you go: the
 * results page opens with the query in its URL and follows the typing (the search itself runs in a
 * worker, so the box never waits). Without JavaScript it is a plain form to the same page.
 */
/** Pause in typing, in ms, before the results page follows: one render per pause, not per key. */
export const TYPING_PAUSE_MS = 120;

export function SearchBox() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === paths.search.to();
  const urlQuery = useClientValue(() => (onSearchPage ? (params.get("q") ?? "") : ""), "");
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);
  const pause = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pause.current), []);

  // Follow the URL (back/forward, a shared link), but never overwrite what is being typed.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const search = (q: string) => {
    const next = new URLSearchParams(onSearchPage ? params : undefined);
    if (q === "") next.delete("q");
    else next.set("q", q);
    const query = next.toString();
    // A transition: the results page renders in slices between keystrokes, never inside one.
    startTransition(() => {
      void navigate(
        { pathname: paths.search.to(), search: query === "" ? "" : `?${query}` },
        { replace: onSearchPage },
      );
    });
  };

  return (
    <form
      role="search"
      action={`${basePath}${paths.search.to()}`}
      method="get"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        window.clearTimeout(pause.current);
        search(value.trim());
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        {t("search.label")}
      </label>
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        className="search-icon"
      >
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        className="search-input"
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        value={value}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => {
          const q = event.target.value;
          setValue(q);
          window.clearTimeout(pause.current);
          // From another page the results page opens at the first key; there it follows pauses.
          if (!onSearchPage) search(q);
          else pause.current = window.setTimeout(() => search(q), TYPING_PAUSE_MS);
        }}
      />
      {/* The shortcut's hint, for keyboards (hidden on touch screens and once something is typed). */}
      {value === "" && (
        <kbd className="search-key" aria-hidden="true">
          /
        </kbd>
      )}
    </form>
  );
}

import { useSyncExternalStore } from "react";

/**
 * The list of issues saved for offline reading (保存本期), remembered in localStorage: what the
 * reader asked for (the caches themselves say what is there). A module of its own, apart from the
 * saving (`saved-issues.ts`): the views that show the list or the save button need only this in
 * their first view; the saving code loads when the reader saves or removes an issue.
 */
export interface SavedIssue {
  paperId: string;
  paperName: string;
  date: string;
  dateApproximate: boolean;
  file: string;
  files: number;
  savedAt: string;
}

const KEY = "folio.savedIssues.v1";

let saved: SavedIssue[] | null = null;
const EMPTY: SavedIssue[] = [];
const listeners = new Set<() => void>();

/**
 * The saved issues; none is `EMPTY` itself, what the prerendered page was rendered with, so that a
 * hydrated component reading the list is not rendered again (most readers have saved nothing).
 */
function load(): SavedIssue[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(list) && list.length > 0 ? (list as SavedIssue[]) : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The saved issues, newest saved first. */
export function savedIssues(): SavedIssue[] {
  return (saved ??= load());
}

/** Remembers the list and tells the views showing it. */
export function storeSavedIssues(next: SavedIssue[]): void {
  saved = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // not remembered across visits; the caches still hold the issue
  }
  for (const listener of listeners) listener();
}

export function useSavedIssues(): SavedIssue[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    savedIssues,
    () => EMPTY,
  );
}

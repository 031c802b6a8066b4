import type { QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import type { LoaderFunctionArgs } from "react-router";
import type {
  Issue,
  IssueEntry,
  IssueFile,
  PageText,
  Manifest,
  ManifestPaper,
  PeopleDir,
  PeopleDirectory,
  PeopleIndex,
  PeopleLetter,
  PeoplePart,
  PeopleShard,
  YearIndex,
} from "@/bundle/schema";
import { joinIssue } from "@/bundle/issue-text";
import type { Head } from "@/app/lib/head";

/**
 * The shape of the app's one route table (`src/app/router.tsx`): for each route its pattern, its
 * loader, its component, its head and the concrete paths the prerender writes. The browser router,
 * the prerender and the document head all read that table; nothing else knows the routes.
 */

/** What a route's head is built from besides its loader data. */
export interface HeadContext {
  queryClient: QueryClient;
  /** The page's URL (its query string matters to the search page). */
  url: URL;
}

/** The bundle as the prerender reads it from disk: what a route lists its concrete paths from. */
/** What the list of an issue's pages is made from: its date, its pages' numbers and their articles' numbers. */
export interface IssueOutline {
  date: string;
  pages: { no: number; articles: { seq: number }[] }[];
}

export interface PrerenderBundle {
  manifest: Manifest;
  /** Year files by path. */
  years: Map<string, YearIndex>;
  /** Issue files (the pages and their headlines) by path, as the app reads them. */
  issues: Map<string, IssueFile>;
  /** The issues' page text files by path (an issue file names its pages'); `bundleIssue` joins an issue whole. */
  pageTexts: Map<string, PageText>;
  /** Each issue's outline by its file, if kept from an earlier build: listing the pages then reads no issue. */
  outlines?: { get: (file: string) => IssueOutline | undefined };
  people: {
    /** The files' names, beside them, so that prefilling a render does not read the manifest. */
    indexFile: string;
    index: PeopleIndex;
    /** A paged index's letter files and their parts, by path. */
    letters: Map<string, PeopleLetter>;
    parts: Map<string, PeoplePart>;
    directoryFile: string;
    directory: PeopleDirectory;
    dirs: Map<string, PeopleDir>;
    shards: Map<string, PeopleShard>;
    /** The names each shard holds by its file, if kept from an earlier build: listing the person pages then reads no shard. */
    names?: { get: (file: string) => string[] | undefined };
  } | null;
}

/** An issue of a prerender bundle whole: its file with its pages' text files joined in. */
export function bundleIssue(bundle: Pick<PrerenderBundle, "issues" | "pageTexts">, file: string): Issue {
  return joinIssue(bundle.issues.get(file)!, (text) => bundle.pageTexts.get(text)!);
}

/** Every issue of a paper in a prerender bundle, newest first (from its year files). */
export function paperIssues(bundle: Pick<PrerenderBundle, "years">, paper: ManifestPaper): IssueEntry[] {
  return paper.years.flatMap((y) => [...bundle.years.get(y.file)!.issues].reverse());
}

/** One page the prerender writes: the route's path, the file it goes to and the status it stands for. */
export interface PrerenderTarget {
  path: string;
  file: string;
  status: number;
  /** Listed in the sitemap (scripts/discovery.ts): the route's `indexable`, true unless it says not. */
  indexable: boolean;
}

export interface RouteEntry<Data> {
  id: string;
  /** The route pattern (from `config/paths.ts`); none for the index route. */
  path?: string;
  loader: (queryClient: QueryClient) => (args: LoaderFunctionArgs) => Data | Promise<Data>;
  Component?: ComponentType;
  /** Code loaded when the route is visited, so that no other page pays for it. */
  lazy?: LazyComponent;
  head?: (data: Data, context: HeadContext) => Head;
  /** The concrete paths of this route that the prerender writes. */
  prerender?: (bundle: PrerenderBundle) => string[];
  /** The status the prerendered page stands for, and its file when it is not `<path>/index.html`. */
  prerenderAs?: { status: number; file: string };
  /** False for prerendered pages that are not content to index (search, the not-found page). */
  indexable?: boolean;
}

/** A route entry with its data type erased, for a table of routes of different data. */
export interface AnyRouteEntry extends Omit<RouteEntry<unknown>, "head"> {
  head?: (data: unknown, context: HeadContext) => Head;
}

/** Declares one route; the loader's return type ties its head to its data. */
export function route<Data>(entry: RouteEntry<Data>): AnyRouteEntry {
  const { head } = entry;
  // The router hands a route's head only the data its own loader returned.
  return { ...entry, head: head === undefined ? undefined : (data, context) => head(data as Data, context) };
}

/**
 * A route's component in a chunk of its own, loaded with the route. `module` is its source file
 * (from the project's root): the prerender finds the chunk by it in the build's manifest and has
 * the page preload it with the app, so the first view of that route waits for no extra round trip.
 */
export interface LazyComponent {
  load: () => Promise<ComponentType>;
  module: string;
}

/** What a route keeps in react-router's `handle`: its head builder and its component's module. */
export interface RouteHandle {
  head?: AnyRouteEntry["head"];
  module?: string;
}

/** The file a prerendered path is written to: its folder's index.html (hosts decode the URL's percent-encoding). */
export function prerenderFile(path: string): string {
  return `${decodeURIComponent(path)}index.html`;
}

import { useEffect } from "react";
import type { Head } from "./head";
import { SITE_NAME } from "./head";

/** The document title for client-side navigations (the prerender writes the first one). */
export function documentTitle(head: Pick<Head, "title">): string {
  return head.title === SITE_NAME ? SITE_NAME : `${head.title} - ${SITE_NAME}`;
}

export function useDocumentTitle(head: Pick<Head, "title">): void {
  const title = documentTitle(head);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

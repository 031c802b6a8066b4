import { data } from "react-router";

/** Thrown by loaders for an address that names no paper, issue, page or article. */
export function notFound(what: string): never {
  throw data(what, { status: 404, statusText: "Not Found" });
}

/** A positive integer route parameter, or null. */
export function positiveInt(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,5}$/u.test(value) ? Number(value) : null;
}

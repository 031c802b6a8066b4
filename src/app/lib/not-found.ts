import { data } from "react-router";
import { t, type MessageId, type MessageValues } from "./i18n";

/** What a not-found page says: a catalogue message, put into words when shown (in the language then chosen). */
export interface NotFoundDetail {
  id: MessageId;
  values?: MessageValues;
}

/** Thrown by loaders for an address that names no paper, issue, page or article. */
export function notFound(id: MessageId, values?: MessageValues): never {
  throw data({ id, values } satisfies NotFoundDetail, { status: 404, statusText: "Not Found" });
}

/** The words of a not-found error's detail, or null when it has none of ours. */
export function notFoundText(detail: unknown): string | null {
  if (typeof detail !== "object" || detail === null || !("id" in detail) || typeof detail.id !== "string") return null;
  const { id, values } = detail as NotFoundDetail;
  return t(id, values);
}

/** A positive integer route parameter, or null. */
export function positiveInt(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,5}$/u.test(value) ? Number(value) : null;
}

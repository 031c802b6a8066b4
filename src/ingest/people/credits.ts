/** Role recorded for bylined reporters and photo credits. */
export const REPORTER_ROLE = "reporter";

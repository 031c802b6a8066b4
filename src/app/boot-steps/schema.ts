/**
 * The bundle schema (zod/mini builds every schema object as its module is evaluated), for `boot.ts`
 * to evaluate in a task of its own (see `boot-steps/router.ts`).
 */
export { issueSchema, manifestSchema } from "@/bundle/schema";

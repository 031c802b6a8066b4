import * as z from "zod/mini";

/**
 * The metadata files of `content/`: what a page's text does not say about itself. Paper and page
 * names come from here and nowhere else; a date that is inferred says so.
 *
 *   content/<paper-id>/paper.json
 *   content/<paper-id>/<YYYY-MM-DD>/issue.json   + the page text files it lists
 */
export const paperMetaSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** Set when the name is not printed on the pages (a title supplied by the editors). */
  nameNote: z.optional(z.nullable(z.string())),
  /** The paper home shows; exactly one paper has it. */
  isDefault: z.optional(z.boolean()),
});

export const issueMetaSchema = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u, "a date as YYYY-MM-DD")),
  dateApproximate: z.optional(z.boolean()),
  dateNote: z.optional(z.nullable(z.string())),
  pages: z
    .array(
      z.object({
        no: z.number().check(z.int(), z.positive()),
        name: z.optional(z.nullable(z.string())),
        file: z.string().check(z.regex(/^[^/\\]+\.txt$/u, "a .txt file name in the issue folder")),
      }),
    )
    .check(z.minLength(1)),
});

export type PaperMeta = z.infer<typeof paperMetaSchema>;
export type IssueMeta = z.infer<typeof issueMetaSchema>;

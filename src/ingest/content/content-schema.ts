import * as z from "zod/mini";
import { parsedPageSchema } from "@/bundle/schema";

/**
 * The metadata files of `content/`: what a page's text does not say about itself. Paper and page
 * names come from here and nowhere else; a date that is inferred says so.
 *
 *   content/<paper-id>/paper.json
 *   content/<paper-id>/<YYYY-MM-DD>/issue.json   + the page files it lists:
 *     page-1.txt    a page's text, parsed into articles at build time
 *     page-1.pdf    a page's PDF (or a multi-page PDF with `pdfPage`), parsed at build time
 *     page-01.json  a page already in articles (an imported archive), see `structuredPageSchema`
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
        /** The extension says the kind: `.txt` page text, `.pdf` the page's PDF, `.json` a structured page. */
        file: z
          .string()
          .check(z.regex(/^[^/\\]+\.(?:txt|json|pdf)$/u, "a .txt, .pdf or .json file name in the issue folder")),
        /** In a multi-page PDF, which of its pages this is (from 1). */
        pdfPage: z.optional(z.number().check(z.int(), z.positive())),
      }),
    )
    .check(z.minLength(1)),
});

/** Version of the structured page file; bump it (and upgrade old files) when its shape changes. */
export const STRUCTURED_PAGE_VERSION = 1;

/**
 * A page that arrives already cut into articles (an annotated archive such as PFR): exactly what
 * the page parser would produce (`parsedPageSchema`, so one type for both routes), plus a header.
 * `sourceLines` and every warning's `lines` are line numbers in `source`, not in this file.
 */
export const structuredPageSchema = z.extend(parsedPageSchema, {
  type: z.literal("folio/structured-page"),
  version: z.literal(STRUCTURED_PAGE_VERSION),
  /** The file the page was imported from (its name only), which the line numbers refer to. */
  source: z.string().check(z.minLength(1)),
});

export type PaperMeta = z.infer<typeof paperMetaSchema>;
export type IssueMeta = z.infer<typeof issueMetaSchema>;
export type StructuredPage = z.infer<typeof structuredPageSchema>;

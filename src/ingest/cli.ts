import { parseArgs } from "node:util";
import { CliError } from "./cli-error";
import { DEFAULT_CACHE_DIR } from "./cache/result-cache";
import { parseJobs } from "./workers/pool";

/** The seed's content: built by default, so `build` works without any archive imported. */
const DEFAULT_CONTENT_DIR = "content";
/** Where imports go by default: git-ignored, since archives are not ours to commit. */
const DEFAULT_IMPORT_DIR = "content-archive";

const USAGE = `usage: folio <command> [options]

commands:
  parse <file> [--json] [--page n]
                                 print the articles of one page: its text (UTF-8 or GBK) or
                                 its PDF (with each article's boxes; --page for a multi-page PDF)
  people <file> [--json|--jsonl] print the people of a plain-text article; with --jsonl the file
                                 holds {"id","text"} lines and {"id","people"} lines come back
  import pfr <file> [--out dir]  turn a PFR annotated corpus (人民日报标注语料库) into content
                                 (default out: ${DEFAULT_IMPORT_DIR}/)
  import rmrb-web <folder> [--out dir]
                                 add People's Daily e-paper texts (YYYYMMDD-PP-SS.txt) to the
                                 same paper's content, beside the days already there
  import pdf <file.pdf|folder> --paper <id> --date YYYY-MM-DD [--out dir]
                                 turn a newsroom's page PDFs into an issue of content (page
                                 numbers from the file names or their order)
  build [--content dir]… [--out dir]
                                 build the app's bundle from content folders, side by side
                                 (default: --content ${DEFAULT_CONTENT_DIR}; out: public/data)

import and build also take:
  --jobs N                       worker threads (default: the number of cores)
  --cache dir                    cached parse and people results (default: ${DEFAULT_CACHE_DIR})
`;

/** The options of the commands that do heavy work: threads and the result cache. */
const WORK_OPTIONS = {
  jobs: { type: "string" },
  cache: { type: "string", default: DEFAULT_CACHE_DIR },
} as const;

/**
 * Each command's code is loaded when it runs: an import loads neither the build's libraries (sharp,
 * the pinyin and Chinese-variant tables) nor the build's code.
 */
const commands = {
  parse: () => import("./commands/parse"),
  import: () => import("./commands/import"),
  people: () => import("./commands/people"),
  build: () => import("./commands/build"),
};

/** Exit codes: 0 done, 1 a bug (stack trace), 2 bad input or usage (one clear line). */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "parse": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { json: { type: "boolean", default: false }, page: { type: "string" } },
        });
        if (positionals.length !== 1)
          throw new CliError("parse takes one file: folio parse <file> [--json] [--page n]");
        const page = values.page === undefined ? undefined : Number(values.page);
        if (page !== undefined && !(Number.isInteger(page) && page > 0))
          throw new CliError(`--page takes a page number from 1, not "${values.page}"`);
        const { parseCommand } = await commands.parse();
        process.stdout.write(await parseCommand(positionals[0]!, { json: values.json, page }));
        return 0;
      }
      case "import": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: {
            out: { type: "string", default: DEFAULT_IMPORT_DIR },
            paper: { type: "string" },
            date: { type: "string" },
            ...WORK_OPTIONS,
          },
        });
        if (positionals.length !== 2)
          throw new CliError(
            "import takes a format and a file or folder: folio import pfr <file> | rmrb-web <folder> | pdf <file|folder> --paper <id> --date YYYY-MM-DD [--out dir]",
          );
        const { importCommand } = await commands.import();
        await importCommand(positionals[0]!, positionals[1]!, {
          outDir: values.out,
          jobs: parseJobs(values.jobs),
          cacheDir: values.cache,
          paper: values.paper,
          date: values.date,
        });
        return 0;
      }
      case "people": {
        const { values, positionals } = parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false } },
        });
        if (positionals.length !== 1) throw new CliError("people takes one file: folio people <file> [--json|--jsonl]");
        const { peopleCommand } = await commands.people();
        process.stdout.write(await peopleCommand(positionals[0]!, { json: values.json, jsonl: values.jsonl }));
        return 0;
      }
      case "build": {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            content: { type: "string", multiple: true, default: [DEFAULT_CONTENT_DIR] },
            out: { type: "string", default: "public/data" },
            ...WORK_OPTIONS,
          },
        });
        const { buildCommand } = await commands.build();
        await buildCommand({
          contentDirs: values.content,
          outDir: values.out,
          jobs: parseJobs(values.jobs),
          cacheDir: values.cache,
        });
        return 0;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`folio: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`folio: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isEntry) {
  process.exitCode = await main(process.argv.slice(2));
}

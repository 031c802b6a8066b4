/** An error the CLI reports as one line on stderr with exit code 2 (bad input, not a bug). */
export class CliError extends Error {
  override name = "CliError";
}

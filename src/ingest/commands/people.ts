import type { Person } from "@/bundle/schema";
import { personSchema } from "@/bundle/schema";
import { extractPeople } from "../people/extract-people";
import { plainArticle } from "../people/plain-article";
import { readTextFile } from "../read-text-file";
import { CliError } from "../cli-error";

/**
 * `folio people <file> [--json | --jsonl]`: the people of a plain-text article, readable or as
 * JSON (`[{"name","roles"}]`); with --jsonl the file holds one `{"id","text"}` per line and each
 * gets a `{"id","people"}` line back.
 */
export async function peopleCommand(file: string, options: { json: boolean; jsonl: boolean }): Promise<string> {
  if (options.json && options.jsonl) throw new CliError("people takes --json or --jsonl, not both");
  const read = await readTextFile(file);
  if (!read.ok) throw new CliError(read.error);
  if (options.jsonl) return peopleJsonl(read.text, file);
  const people = extractPeople(plainArticle(read.text));
  return options.json ? `${JSON.stringify(people.map((p) => personSchema.parse(p)))}\n` : formatPeople(people);
}

export function formatPeople(people: readonly Person[]): string {
  if (people.length === 0) return "no people found\n";
  return `${people.map((p) => (p.roles.length === 0 ? p.name : `${p.name}（${p.roles.join("、")}）`)).join("\n")}\n`;
}

function peopleJsonl(text: string, file: string): string {
  const out: string[] = [];
  text.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim().length === 0) return;
    const record = parseRecord(line, `${file}:${i + 1}`);
    out.push(JSON.stringify({ id: record.id, people: extractPeople(plainArticle(record.text)) }));
  });
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

function parseRecord(line: string, where: string): { id: string | number; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError(`${where}: not a JSON line`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new CliError(`${where}: expected an object {"id", "text"}`);
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number")
    throw new CliError(`${where}: "id" must be a string or a number`);
  if (typeof text !== "string") throw new CliError(`${where}: "text" must be a string`);
  return { id, text };
}

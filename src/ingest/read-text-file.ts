import { readFile, stat } from "node:fs/promises";

/**
 * Reads a page's text file and decodes it. Real exports are often GBK (GB18030 is its superset);
 * the platform's TextDecoder decodes it, so no library is needed: a file is UTF-8 when it decodes
 * strictly as UTF-8 (GBK text almost never does), else GB18030 when that decodes strictly.
 */
export type Encoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export type ReadResult = { ok: true; text: string; encoding: Encoding } | { ok: false; error: string };

/** Share of control bytes (other than tab, CR, LF, FF) above which a file is binary. */
export const BINARY_CONTROL_SHARE = 0.05;

export async function readTextFile(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: `${path}: is a directory, not a text file` };
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, error: `${path}: no such file` };
    if (code === "EACCES") return { ok: false, error: `${path}: permission denied` };
    return { ok: false, error: `${path}: cannot read (${String(error)})` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
  if (decoded.text.trim().length === 0) return { ok: false, error: `${path}: the file is empty` };
  return decoded;
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, error: "the file is empty" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2));
  const binaryAt = binaryOffset(bytes);
  if (binaryAt !== null) {
    return {
      ok: false,
      error: `binary data, not text (control byte 0x${bytes[binaryAt]!.toString(16).padStart(2, "0")} at byte ${binaryAt})`,
    };
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8.ok) return utf8;
  const gbk = strict("gb18030", bytes);
  if (gbk.ok) return gbk;
  return { ok: false, error: `not valid UTF-8 (${firstInvalidUtf8(bytes)}) nor GBK/GB18030 text` };
}

function strict(encoding: Encoding, bytes: Uint8Array): ReadResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, error: `not valid ${encoding}` };
  }
}

/** The offset of a NUL byte, or of the first control byte when they are too many; else null. */
function binaryOffset(bytes: Uint8Array): number | null {
  let controls = 0;
  let first: number | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      controls++;
      first ??= i;
    }
  }
  return controls / bytes.length > BINARY_CONTROL_SHARE ? first : null;
}

/** Where strict UTF-8 decoding first fails, as a line number and byte offset. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  let i = 0;
  let line = 1;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const valid =
      length > 0 &&
      i + length <= bytes.length &&
      Array.from(bytes.subarray(i + 1, i + length)).every((c) => c >= 0x80 && c < 0xc0);
    if (!valid) return `first bad byte 0x${b.toString(16)} at line ${line}, byte ${i}`;
    if (b === 0x0a) line++;
    i += length;
  }
  return "truncated at the end";
}

import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentType, createStaticServer, type StaticServerOptions } from "./static-server";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let root: string;
let server: Server | null = null;

function start(options?: StaticServerOptions): Promise<number> {
  const s = createStaticServer(root, options);
  server = s;
  return new Promise((done) => s.listen(0, "127.0.0.1", () => done((s.address() as AddressInfo).port)));
}

/** One request with no decompression or normalisation by the client: what a browser gets on the wire. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

const text = (r: Reply) => r.body.toString("utf8");

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "folio-serve-"));
  writeFileSync(join(root, "index.html"), "<p>home</p>");
  writeFileSync(join(root, "404.html"), "<p>not here</p>");
  mkdirSync(join(root, "a"));
  writeFileSync(join(root, "a", "index.html"), "<p>a</p>");
  writeFileSync(join(root, "app.js"), "console.log(1)");
});

afterEach(async () => {
  const s = server;
  server = null;
  if (s !== null) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
  rmSync(root, { recursive: true, force: true });
});

describe("static server", () => {
  it("serves real files, a folder's index.html, and 404.html with status 404 for anything else", async () => {
    const port = await start();
    const home = await get(port, "/");
    expect([home.status, text(home)]).toEqual([200, "<p>home</p>"]);
    expect(home.headers["content-type"]).toMatch(/^text\/html; ?charset=utf-8$/u);
    expect(text(await get(port, "/a/"))).toBe("<p>a</p>");
    const js = await get(port, "/app.js");
    expect([js.status, js.headers["content-type"], js.headers["content-length"]]).toEqual([
      200,
      "text/javascript",
      "14",
    ]);
    const missing = await get(port, "/nope/");
    expect([missing.status, text(missing)]).toEqual([404, "<p>not here</p>"]);
    expect(missing.headers["content-type"]).toMatch(/^text\/html; ?charset=utf-8$/u);
  });

  it("never serves a file outside its folder or a dotfile", async () => {
    writeFileSync(join(root, ".env"), "SECRET=1");
    const port = await start();
    expect((await get(port, "/../" + root.split("/").pop()! + "/app.js")).status).toBe(404);
    expect((await get(port, "/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
    expect((await get(port, "/.env")).status).toBe(404);
  });

  it("answers 404 for a file deleted while it runs, and keeps serving", async () => {
    const port = await start();
    expect(text(await get(port, "/app.js"))).toBe("console.log(1)");
    unlinkSync(join(root, "app.js"));
    const gone = await get(port, "/app.js");
    expect([gone.status, text(gone)]).toEqual([404, "<p>not here</p>"]);
    expect(text(await get(port, "/"))).toBe("<p>home</p>");
  });

  it("serves files added and changed after it started (a rebuild without a restart)", async () => {
    const port = await start();
    expect((await get(port, "/new.js")).status).toBe(404);
    const before = await get(port, "/");
    writeFileSync(join(root, "new.js"), "new");
    writeFileSync(join(root, "index.html"), "<p>rebuilt home</p>");
    expect(text(await get(port, "/new.js"))).toBe("new");
    const after = await get(port, "/");
    expect(text(after)).toBe("<p>rebuilt home</p>");
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it("answers 404 without a 404.html, once it is gone too", async () => {
    const port = await start();
    unlinkSync(join(root, "404.html"));
    const missing = await get(port, "/nope");
    expect([missing.status, text(missing)]).toEqual([404, "Not Found"]);
  });

  it("serves the gzip copy to clients that accept it, the file itself to others", async () => {
    writeFileSync(join(root, "app.js.gz"), gzipSync("console.log(1)"));
    const port = await start();
    const zipped = await get(port, "/app.js", { "Accept-Encoding": "gzip, br" });
    expect([zipped.headers["content-encoding"], zipped.headers["content-type"], zipped.headers.vary]).toEqual([
      "gzip",
      "text/javascript",
      "Accept-Encoding",
    ]);
    expect(zipped.body).toEqual(gzipSync("console.log(1)"));
    const plain = await get(port, "/app.js", { "Accept-Encoding": "identity" });
    expect([plain.headers["content-encoding"], text(plain)]).toEqual([undefined, "console.log(1)"]);
    // A gzip copy left behind by a deleted file is not served in its place.
    unlinkSync(join(root, "app.js"));
    expect((await get(port, "/app.js", { "Accept-Encoding": "gzip" })).status).toBe(404);
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const port = await start();
    const first = await get(port, "/app.js");
    expect(first.headers.etag).toMatch(/^W\/".+"$/u);
    const again = await get(port, "/app.js", { "If-None-Match": first.headers.etag! });
    expect([again.status, again.body.length]).toEqual([304, 0]);
    const head = await get(port, "/app.js", {}, "HEAD");
    expect([head.status, head.headers["content-length"], head.body.length]).toEqual([200, "14", 0]);
  });

  it("still sends a file deleted between opening and reading it", async () => {
    const port = await start({
      open: async (path) => {
        const handle = await open(path);
        unlinkSync(path);
        return handle;
      },
    });
    expect(text(await get(port, "/app.js"))).toBe("console.log(1)");
    expect((await get(port, "/app.js")).status).toBe(404);
  });

  it("ends the response, not the process, when reading a file fails", async () => {
    const port = await start({
      open: async (path) => {
        const handle = await open(path);
        if (!path.endsWith("app.js")) return handle;
        const stat = handle.stat.bind(handle);
        // The read that follows the stat fails: the file handle is closed under it.
        const statThenClose = async () => {
          const stats = await stat();
          await handle.close();
          return stats;
        };
        handle.stat = statThenClose as FileHandle["stat"];
        return handle;
      },
    });
    await expect(get(port, "/app.js")).rejects.toThrow();
    expect((await get(port, "/nope")).status).toBe(404);
    expect(text(await get(port, "/"))).toBe("<p>home</p>");
  });
});

describe("content types", () => {
  it("serves feeds as Atom and gives text types a charset", () => {
    expect(contentType("/feeds/maonan.xml")).toBe("application/atom+xml; charset=utf-8");
    expect(contentType("/folio/feeds/rmrb.xml")).toBe("application/atom+xml; charset=utf-8");
    expect(contentType("/sitemap.xml")).toBe("application/xml; charset=utf-8");
    expect(contentType("/robots.txt")).toBe("text/plain; charset=utf-8");
    expect(contentType("/index.html")).toBe("text/html; charset=utf-8");
    expect(contentType("/icon-192.png")).toBe("image/png");
    // The page images a build draws from PDF pages.
    expect(contentType("/data/images/lab-pdf/2024-06-03/1-w960.0123456789ab.webp")).toBe("image/webp");
    expect(contentType("/data/images/lab-pdf/2024-06-03/1-w960.0123456789ab.avif")).toBe("image/avif");
  });
});

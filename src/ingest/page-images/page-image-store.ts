import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DrawnImage, ImageRendition, ParsedPage } from "@/bundle/schema";
import { ResultCache } from "../cache/result-cache";
import type { ContentPaper } from "../content/read-content";
import type { TaskRunner } from "../workers/pool";
import type { DrawnImageBytes, DrawnPageBytes } from "./draw-page";
import type { EncodedImage } from "./encode";
import { pageImagesKey, photoKey, type ContentImages, type PageImages } from "./image-keys";
import { rendererVersion } from "./renderer-version";

/**
 * The page images of a build: every PDF page of the content drawn (page ladder, thumbnail,
 * placeholder, photo crops), or taken from the cache. The cache (`<cache>/page-images/<renderer
 * version>/`) keys a page by its PDF's bytes and page number, a photo by those and its box, and
 * keeps the encoded files by their own hash; a build copies them into the bundle under
 * content-hashed names. So a rebuild draws only what changed, and what no page names is removed
 * with the bundle's other stale files.
 */
/** The nested cache's folder in the result cache (kept by `ResultCache.open`). */
const CACHE_FOLDER = "page-images";

interface CachedRendition {
  blob: string;
  width: number;
  height: number;
  type: ImageRendition["type"];
}
interface CachedImage {
  sources: CachedRendition[];
  placeholder: string;
}
interface CachedPage {
  image: CachedImage;
  thumb: CachedRendition;
}
interface CachedPhoto {
  photo: CachedImage | null;
}

/** A page that has no text at all (a scan): its ladder stops at the scan's resolution. */
function textless(page: ParsedPage): boolean {
  return page.articles.length === 0 && page.unassigned.length === 0 && (page.pdf?.furniture.length ?? 0) === 0;
}

export async function drawContentImages(
  papers: readonly ContentPaper[],
  cacheDir: string,
  runner: TaskRunner,
): Promise<ContentImages> {
  const cache = await ResultCache.open(join(cacheDir, CACHE_FOLDER), rendererVersion());
  const pages = new Map<string, PageImages>();
  const files = new Map<string, string>();
  const drawn = { pages: 0, photos: 0 };
  const cached = { pages: 0, photos: 0 };
  const pdfHashes = new Map<string, Promise<string>>();
  const pdfHash = (path: string) => {
    let known = pdfHashes.get(path);
    if (known === undefined) {
      known = readFile(path).then((bytes) => ResultCache.key(bytes));
      pdfHashes.set(path, known);
    }
    return known;
  };

  /** The cached entry, if every file it names is still in the cache. */
  const complete = async <T extends object>(kind: string, key: string, blobs: (v: T) => CachedRendition[]) => {
    const value = await cache.get<T>(kind, key);
    if (value === undefined) return undefined;
    for (const r of blobs(value)) if ((await cache.bytesPath("blob", r.blob, "webp")) === undefined) return undefined;
    return value;
  };
  const store = async (image: EncodedImage): Promise<CachedRendition> => {
    const blob = createHash("sha256").update(image.bytes).digest("hex").slice(0, 32);
    if ((await cache.bytesPath("blob", blob, "webp")) === undefined)
      await cache.putBytes("blob", blob, "webp", image.bytes);
    return { blob, width: image.width, height: image.height, type: image.type };
  };
  const storeImage = async (image: DrawnImageBytes): Promise<CachedImage> => ({
    sources: await Promise.all(image.sources.map(store)),
    placeholder: image.placeholder,
  });

  const jobs: Promise<void>[] = [];
  for (const paper of papers)
    for (const issue of paper.issues)
      for (const content of issue.pages) {
        if (content.kind !== "pdf") continue;
        jobs.push(
          (async () => {
            const hash = await pdfHash(content.file);
            const pageKey = ResultCache.key(hash, String(content.pdfPage));
            const boxes = content.page.articles.flatMap((a) => (a.photos ?? []).map((p) => p.box));
            const photoKeys = boxes.map((box) => ResultCache.key(hash, String(content.pdfPage), photoKey(box)));
            let page = await complete<CachedPage>("page", pageKey, (p) => [...p.image.sources, p.thumb]);
            const photos = await Promise.all(
              photoKeys.map((key) => complete<CachedPhoto>("photo", key, (p) => p.photo?.sources ?? [])),
            );
            const missing = boxes.filter((_, i) => photos[i] === undefined);
            if (page === undefined || missing.length > 0) {
              const made = await runner.run({
                kind: "page-images",
                path: content.file,
                pdfPage: content.pdfPage,
                page: page === undefined,
                photos: missing,
                textless: textless(content.page),
              });
              if (page === undefined) {
                const full = made as DrawnPageBytes;
                page = { image: await storeImage(full.image), thumb: await store(full.thumb) };
                await cache.put("page", pageKey, page);
                drawn.pages++;
              } else cached.pages++;
              let next = 0;
              for (const [i, key] of photoKeys.entries()) {
                if (photos[i] !== undefined) continue;
                const crop = made.photos[next++] ?? null;
                const entry: CachedPhoto = { photo: crop === null ? null : await storeImage(crop) };
                await cache.put("photo", key, entry);
                photos[i] = entry;
                drawn.photos++;
              }
            } else cached.pages++;
            cached.photos += boxes.length - missing.length;

            // Named in the bundle after the issue and page, and after their bytes (immutable files).
            const stem = `images/${paper.id}/${issue.meta.date}/${content.no}`;
            const name = async (r: CachedRendition, label: string): Promise<ImageRendition> => {
              const file = `${stem}-${label}.${r.blob.slice(0, 12)}.webp`;
              const from = await cache.bytesPath("blob", r.blob, "webp");
              if (from === undefined) throw new Error(`page image ${r.blob} left the cache during the build`);
              files.set(file, from);
              return { file, width: r.width, height: r.height, type: r.type };
            };
            const named = async (image: CachedImage, label: string): Promise<DrawnImage> => ({
              sources: await Promise.all(image.sources.map((r) => name(r, `${label}${r.width}`))),
              placeholder: image.placeholder,
            });
            const crops = new Map<string, DrawnImage>();
            for (const [i, box] of boxes.entries()) {
              const photo = photos[i]?.photo;
              if (photo !== undefined && photo !== null) crops.set(photoKey(box), await named(photo, `photo${i + 1}-`));
            }
            pages.set(pageImagesKey(content.file, content.pdfPage), {
              image: await named(page.image, "w"),
              thumb: await name(page.thumb, "thumb"),
              photos: crops,
            });
          })(),
        );
      }
  await Promise.all(jobs);
  return { pages, files, drawn, cached };
}

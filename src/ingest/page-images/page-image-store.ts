import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DrawnImage, ImageRendition, PageBox } from "@/bundle/schema";
import { ResultCache } from "../cache/result-cache";
import type { ContentPaper } from "../content/read-content";
import type { TaskRunner } from "../workers/pool";
import type { DrawnImageBytes, DrawnPageBytes } from "./draw-page";
import type { EncodedImage } from "./encode";
import { pageImagesKey, photoBoxes, photoKey, textless, type ContentImages, type PageImages } from "./image-keys";
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
/** Each type's file extension (the cache's blobs and the bundle's files are named with it). */
const EXTENSION: Readonly<Record<ImageRendition["type"], string>> = {
  "image/webp": "webp",
  "image/avif": "avif",
  "image/jpeg": "jpg",
  "image/png": "png",
};

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

/** The page images' cache in the build's cache folder, under the renderer's version. */
export function openPageImageCache(cacheDir: string): Promise<ResultCache> {
  return ResultCache.open(join(cacheDir, CACHE_FOLDER), rendererVersion());
}

/** A page's key (by its PDF file's hash and page number) and each photo's (by those and its box). */
export function pageImageKeys(pdfHash: string, pdfPage: number, boxes: readonly PageBox[]) {
  return {
    page: ResultCache.key(pdfHash, String(pdfPage)),
    photos: boxes.map((box) => ResultCache.key(pdfHash, String(pdfPage), photoKey(box))),
  };
}

async function storeRendition(cache: ResultCache, image: EncodedImage): Promise<CachedRendition> {
  const blob = createHash("sha256").update(image.bytes).digest("hex").slice(0, 32);
  const extension = EXTENSION[image.type];
  if ((await cache.bytesPath("blob", blob, extension)) === undefined)
    await cache.putBytes("blob", blob, extension, image.bytes);
  return { blob, width: image.width, height: image.height, type: image.type };
}

async function storeImage(cache: ResultCache, image: DrawnImageBytes): Promise<CachedImage> {
  return {
    sources: await Promise.all(image.sources.map((r) => storeRendition(cache, r))),
    placeholder: image.placeholder,
  };
}

async function storePage(cache: ResultCache, key: string, drawn: DrawnPageBytes): Promise<CachedPage> {
  const page = { image: await storeImage(cache, drawn.image), thumb: await storeRendition(cache, drawn.thumb) };
  await cache.put("page", key, page);
  return page;
}

async function storePhoto(cache: ResultCache, key: string, crop: DrawnImageBytes | null): Promise<CachedPhoto> {
  const entry: CachedPhoto = { photo: crop === null ? null : await storeImage(cache, crop) };
  await cache.put("photo", key, entry);
  return entry;
}

/**
 * Stores a page drawn with all its photos (`boxes`, in `photoBoxes` order) as a build would: what
 * `folio import pdf` draws while it reads the page, so that the build finds it in the cache.
 */
export async function storeDrawnPage(
  cache: ResultCache,
  pdfHash: string,
  pdfPage: number,
  boxes: readonly PageBox[],
  drawn: DrawnPageBytes,
): Promise<void> {
  const keys = pageImageKeys(pdfHash, pdfPage, boxes);
  await storePage(cache, keys.page, drawn);
  for (const [i, key] of keys.photos.entries()) await storePhoto(cache, key, drawn.photos[i] ?? null);
}

export async function drawContentImages(
  papers: readonly ContentPaper[],
  cacheDir: string,
  runner: TaskRunner,
): Promise<ContentImages> {
  const cache = await openPageImageCache(cacheDir);
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
    for (const r of blobs(value))
      if ((await cache.bytesPath("blob", r.blob, EXTENSION[r.type])) === undefined) return undefined;
    return value;
  };

  const jobs: Promise<void>[] = [];
  for (const paper of papers)
    for (const issue of paper.issues)
      for (const content of issue.pages) {
        if (content.kind !== "pdf") continue;
        jobs.push(
          (async () => {
            const hash = await pdfHash(content.file);
            const boxes = photoBoxes(content.page);
            const { page: pageKey, photos: photoKeys } = pageImageKeys(hash, content.pdfPage, boxes);
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
                page = await storePage(cache, pageKey, made as DrawnPageBytes);
                drawn.pages++;
              } else cached.pages++;
              let next = 0;
              for (const [i, key] of photoKeys.entries()) {
                if (photos[i] !== undefined) continue;
                photos[i] = await storePhoto(cache, key, made.photos[next++] ?? null);
                drawn.photos++;
              }
            } else cached.pages++;
            cached.photos += boxes.length - missing.length;

            // Named in the bundle after the issue and page, and after their bytes (immutable files).
            const stem = `images/${paper.id}/${issue.meta.date}/${content.no}`;
            const name = async (r: CachedRendition, label: string): Promise<ImageRendition> => {
              const file = `${stem}-${label}.${r.blob.slice(0, 12)}.${EXTENSION[r.type]}`;
              const from = await cache.bytesPath("blob", r.blob, EXTENSION[r.type]);
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

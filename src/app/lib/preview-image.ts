/**
 * The picture a shared link previews with (`og:image`, `twitter:image`): an article's own photo
 * where it has one, otherwise a card the build draws (`scripts/og/`). A card's file is named by a
 * hash of what it shows, so the head (built in the prerender and again in the browser) names it
 * without the file existing yet, the build renders only names it has not rendered before, and a
 * changed card is a new URL that no cache can confuse with the old one.
 */

/** 1200×630 (1.91:1): the large-card size Twitter/X, Facebook, Weibo and LinkedIn all crop least. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = "image/png";
/**
 * Part of every card's name: bump it when `scripts/og/draw-card.ts` (or its font) changes what a
 * card looks like, so that every card gets a new name and is drawn again.
 */
export const CARD_VERSION = 1;
/** Where the cards are served from, within the app. */
export const CARD_DIR = "/og/";

/** What a card shows: the masthead (paper, date, page), the page's headlines (lead first) and the lead's opening. */
export interface PreviewCard {
  paperName: string;
  date: string;
  /** The page: `第1版 · 要闻`. */
  section: string;
  headlines: string[];
  /** The lead story's subtitle or first words, set under its headline where the page's list leaves room. */
  standfirst: string;
}

/** An image a page previews with. `path` is within the app; the head makes it an absolute URL. */
export interface PreviewImage {
  path: string;
  width: number;
  height: number;
  alt: string;
  type: string;
  /** What the build draws into `path`; absent for an image that already exists (a photo). */
  card?: PreviewCard;
}

/** An article's own picture, as a bundle would give it (the printed-page work brings photos). */
export type PreviewPhoto = Omit<PreviewImage, "card">;

/** The article's photo when it has one (its own picture beats any card), else the card. */
export function previewImage(photo: PreviewPhoto | undefined, card: PreviewCard, alt: string): PreviewImage {
  if (photo !== undefined) return photo;
  return { path: cardPath(card), width: CARD_WIDTH, height: CARD_HEIGHT, alt, type: CARD_TYPE, card };
}

/** `/og/<16 hex digits>.png`: a 64-bit hash of the card's version and content. */
export function cardPath(card: PreviewCard): string {
  const key = JSON.stringify([CARD_VERSION, card.paperName, card.date, card.section, card.headlines, card.standfirst]);
  return `${CARD_DIR}${fnv1a64(key).toString(16).padStart(16, "0")}.png`;
}

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/**
 * FNV-1a, 64 bits, over UTF-16 code units: synchronous (the head is built during render, where
 * Web Crypto's async digest cannot run) and wide enough that a million cards collide with odds
 * around 1 in 37 million (32 bits give even odds of a collision at 77,000 cards: a decade of a
 * 20-page daily).
 */
export function fnv1a64(text: string): bigint {
  let hash = FNV64_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash;
}

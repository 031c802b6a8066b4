import { describe, expect, it } from "vitest";
import { photoImages } from "./photo-images";
import { line } from "./testing-lines";

const page = { width: 1017, height: 1438 };
const body = 8.3;

describe("photoImages", () => {
  it("keeps a photo with its caption under it", () => {
    const photo = { x: 765, y: 1076, w: 240, h: 308 };
    expect(photoImages([photo], [line("当前，人们对美好生态环境的要求", 765, 1397, body)], page, body)).toEqual([
      photo,
    ]);
  });
  it("cuts a photo bled off the page at its edge", () => {
    expect(photoImages([{ x: 690, y: 1076, w: 411, h: 308 }], [], page, body)).toEqual([
      { x: 690, y: 1076, w: 327, h: 308 },
    ]);
  });
  it("drops a background tint that text stands on", () => {
    const tint = { x: 9, y: 697, w: 747, h: 307 };
    const lines = [0, 1, 2, 3].map((i) => line("正文正文正文正文", 20, 710 + i * 12, body, i + 1));
    expect(photoImages([tint], lines, page, body)).toEqual([]);
  });
  it("drops column logos, rules and full-page backgrounds", () => {
    const logo = { x: 819, y: 381, w: 151, h: 53 };
    const rule = { x: 10, y: 10, w: 700, h: 2 };
    const background = { x: 0, y: 0, w: 1017, h: 1438 };
    expect(photoImages([logo, rule, background], [], page, body)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { DASH_SUBTITLE_GAP_EMS, dashSubtitles, withDashSubtitle } from "./dash-subtitle";
import { headlineGroups } from "./headline-groups";
import { line } from "./testing-lines";

const BODY = 8.3;
// A book review's headline (16.6 pt) over a two-line subtitle at a subhead's size (12.9 pt).
const [headline] = headlineGroups([line("积极应对技术发展的挑战", 707.8, 1176.4, 16.6, 1)]);
const first = line("——《三 网 融 合 背 景 下 的", 739.7, 1202.4, 12.9, 2);
const second = line("反思与重构》简评", 711.6, 1220.5, 12.9, 3);
const body = line("这是正文的第一行文字。", 707.8, 1240, BODY, 4);

describe("dashSubtitles", () => {
  it("takes the dash line under a headline and the line that continues it", () => {
    expect(dashSubtitles([headline!], [first, second, body], BODY)).toEqual([[first, second]]);
  });
  it("joins the lines into one subtitle of the headline", () => {
    const group = withDashSubtitle(headline!, [first, second]);
    expect(group.subtitles.map((l) => l.text)).toEqual(["——《三网融合背景下的反思与重构》简评"]);
    expect(group.lines).toHaveLength(3);
    expect(group.box.y + group.box.h).toBeCloseTo(1220.5 + 12.9);
  });
  it("leaves a dash line far under the headline, outside its span, or at body size", () => {
    const far = line("——远处的一行", 739.7, 1193 + (DASH_SUBTITLE_GAP_EMS + 1) * 12.9, 12.9, 2);
    const outside = line("——旁边的一行", 100, 1202.4, 12.9, 3);
    const small = line("——正文里的破折号", 739.7, 1202.4, BODY, 4);
    expect(dashSubtitles([headline!], [far, outside, small], BODY)).toEqual([[]]);
  });
});

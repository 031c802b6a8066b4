import { describe, expect, it } from "vitest";
import { buildGazetteer, leadingPlace, provinceName, provincesOf } from "./china-places";

describe("china places", () => {
  it("maps provinces, prefectures and counties to their province, provinces and prefectures also without their level", () => {
    expect([...provincesOf("湖北省")!]).toEqual(["42"]);
    expect([...provincesOf("湖北")!]).toEqual(["42"]);
    expect([...provincesOf("武汉")!]).toEqual(["42"]);
    expect([...provincesOf("内蒙古")!]).toEqual(["15"]);
    expect(provincesOf("茂南")).toBeUndefined();
    expect(provinceName("42")).toBe("湖北省");
  });

  it("keeps every province of a county name that repeats", () => {
    const { places } = buildGazetteer({
      "86": { "110000": "北京市", "210000": "辽宁省" },
      "110000": { "110100": "市辖区" },
      "110100": { "110105": "朝阳区" },
      "210000": { "211300": "朝阳市" },
      "211300": { "211321": "朝阳县", "211399": "朝阳区" },
    });
    expect([...places.get("朝阳区")!].sort()).toEqual(["11", "21"]);
    expect(places.has("市辖区")).toBe(false);
    expect([...places.get("朝阳")!]).toEqual(["21"]);
  });

  it("reads the longest known place a text starts with", () => {
    expect(leadingPlace("湖北省武汉市江岸区", 10)).toBe("湖北省");
    expect(leadingPlace("内蒙古自治区主席", 10)).toBe("内蒙古自治区");
    expect(leadingPlace("局长", 10)).toBeNull();
  });
});

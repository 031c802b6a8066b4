import { describe, expect, it } from "vitest";
import { isWeChat } from "./wechat";

describe("isWeChat", () => {
  it("knows WeChat's in-app browser by MicroMessenger in its user agent", () => {
    expect(
      isWeChat(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
      ),
    ).toBe(true);
  });
  it("is false for other browsers", () => {
    expect(isWeChat("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36")).toBe(false);
    expect(isWeChat("")).toBe(false);
  });
});

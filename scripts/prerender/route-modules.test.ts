import { describe, expect, it } from "vitest";
import { withRouteModules } from "./route-modules";

const page = '<head><meta name="folio:modules" content="/assets/client.js /assets/main.js"></head>';
const manifest = {
  "src/app/routes/article-route.tsx": {
    file: "assets/article-route-1.js",
    imports: ["_shared.js", "src/app/main.tsx"],
  },
  "_shared.js": { file: "assets/shared-2.js", imports: ["src/app/main.tsx"] },
  "src/app/main.tsx": { file: "assets/main.js" },
};

describe("withRouteModules", () => {
  it("adds the route's chunk and what it imports, not what the page names already", () => {
    expect(withRouteModules(page, ["src/app/routes/article-route.tsx"], manifest, "")).toBe(
      '<head><meta name="folio:modules" content="/assets/client.js /assets/main.js /assets/article-route-1.js /assets/shared-2.js"></head>',
    );
  });
  it("keeps a page without lazy routes as it is, and names chunks under the site's base", () => {
    expect(withRouteModules(page, [], manifest, "")).toBe(page);
    expect(withRouteModules(page, ["_shared.js"], manifest, "/folio")).toContain("/folio/assets/shared-2.js");
  });
  it("refuses a module the build does not have", () => {
    expect(() => withRouteModules(page, ["src/app/routes/gone.tsx"], manifest, "")).toThrow(/no chunk for/u);
  });
});

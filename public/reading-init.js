// Applies the reader's stored font size and theme before first paint (a blocking, same-origin
// script, allowed by the Content-Security-Policy). Mirrors src/app/features/reading/api/reading-settings.ts.
(function () {
  var root = document.documentElement;
  var size = "1";
  var theme = "system";
  try {
    var storedSize = localStorage.getItem("folio.fontSize");
    if (storedSize !== null && /^[0-4]$/.test(storedSize)) size = storedSize;
    var storedTheme = localStorage.getItem("folio.theme");
    if (storedTheme === "light" || storedTheme === "dark") theme = storedTheme;
  } catch {
    // storage blocked: defaults apply
  }
  var dark = theme === "dark" || (theme === "system" && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-font-size", size);
  root.setAttribute("data-theme", dark ? "dark" : "light");
})();

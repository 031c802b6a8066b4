// opencc-js ships its per-dictionary modules (`dist/esm-lib/dict/*.js`) without type declarations.
// Each one default-exports the dictionary as "source target|source target|…".
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}

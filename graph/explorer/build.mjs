// Builds the explorer into dist/, which the Go binary embeds (graph/explorer.go):
// dist/index.html, dist/app.js (src/ and cytoscape bundled and minified),
// dist/app.css. The output depends only on src/ and package-lock.json (no
// timestamps, no content hashes in names), so CI can rebuild it and require
// no difference from what is committed. Run `npm ci && npm run build`.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");

const common = {
  bundle: true,
  minify: true,
  legalComments: "eof",
  logLevel: "warning",
  charset: "utf8",
};

await build({
  ...common,
  entryPoints: ["src/main.js"],
  outfile: "dist/app.js",
  format: "iife",
  target: ["es2020"],
});
await build({
  ...common,
  entryPoints: ["src/style.css"],
  outfile: "dist/app.css",
});
copyFileSync("src/index.html", "dist/index.html");
console.log("dist/index.html dist/app.js dist/app.css");

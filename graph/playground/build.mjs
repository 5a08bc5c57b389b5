// Copies the minified UMD builds of React, ReactDOM and GraphiQL (and
// GraphiQL's stylesheet) from node_modules into dist/, which the Go binary
// embeds; run `npm ci && npm run build` after changing package.json.
import { copyFileSync, mkdirSync, existsSync } from "node:fs";

const files = [
  ["node_modules/react/umd/react.production.min.js", "react.production.min.js"],
  ["node_modules/react-dom/umd/react-dom.production.min.js", "react-dom.production.min.js"],
  ["node_modules/graphiql/graphiql.min.js", "graphiql.min.js"],
  ["node_modules/graphiql/graphiql.min.css", "graphiql.min.css"],
];
mkdirSync("dist", { recursive: true });
for (const [from, to] of files) {
  if (!existsSync(from)) {
    console.error(`missing ${from}: run npm ci first`);
    process.exit(1);
  }
  copyFileSync(from, `dist/${to}`);
  console.log(`dist/${to}`);
}

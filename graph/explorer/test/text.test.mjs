// Unit tests of the pure helpers (node --test; `npm test`, or
// TestExplorerScripts in graph/ when node is there).
import { test } from "node:test";
import assert from "node:assert/strict";
import { segments } from "../src/text.js";

const join = (segs) => segs.map((s) => (s.classes.length ? `[${s.classes.join("+")}:${s.text}]` : s.text)).join("");

test("segments highlight by code points", async (t) => {
  const cases = [
    { name: "plain Cyrillic", text: "Клъстер Зелена синергия", ranges: [{ start: 8, end: 14, cls: "m" }], want: "Клъстер [m:Зелена] синергия" },
    // The emoji is one code point but two UTF-16 units: offsets after it must not shift.
    { name: "astral character before the mention", text: "🌿 Зелена синергия", ranges: [{ start: 2, end: 8, cls: "m" }], want: "🌿 [m:Зелена] синергия" },
    { name: "mention inside its sentence", text: "А. Б е партньор. В.", ranges: [{ start: 3, end: 16, cls: "s" }, { start: 3, end: 4, cls: "m" }], want: "А. [s+m:Б][s: е партньор.] В." },
    { name: "ranges outside the text are clipped", text: "abc", ranges: [{ start: 2, end: 99, cls: "m" }, { start: -5, end: 1, cls: "s" }], want: "[s:a]b[m:c]" },
    { name: "empty and reversed ranges are ignored", text: "abc", ranges: [{ start: 2, end: 2, cls: "m" }, { start: 2, end: 1, cls: "m" }], want: "abc" },
    { name: "no ranges", text: "", ranges: [], want: "" },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const segs = segments(c.text, c.ranges);
      assert.equal(join(segs), c.want);
      assert.equal(segs.map((s) => s.text).join(""), c.text, "the pieces give back the text");
    });
  }
});

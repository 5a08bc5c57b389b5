// Highlighting in document text. Offsets from the API count Unicode code
// points, while JavaScript strings index UTF-16 units, so the text is split
// into code points first: an emoji or a rare CJK character before a
// mention must not shift the highlight.

// segments cuts text at the ranges' bounds ({start, end, cls}, code point
// offsets, end exclusive) and returns [{text, classes}] in order; classes
// lists every range covering the piece, so nested ranges (a mention inside
// its sentence) both show. Ranges outside the text are clipped.
export function segments(text, ranges) {
  const cps = Array.from(text);
  const n = cps.length;
  const rs = ranges
    .map((r) => ({ start: clamp(r.start, n), end: clamp(r.end, n), cls: r.cls }))
    .filter((r) => r.end > r.start);
  const cuts = new Set([0, n]);
  for (const r of rs) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const classes = [...new Set(rs.filter((r) => r.start <= a && r.end >= b).map((r) => r.cls))];
    out.push({ text: cps.slice(a, b).join(""), classes });
  }
  return out;
}

function clamp(v, n) {
  const x = Number.isFinite(v) ? Math.trunc(v) : 0;
  return Math.max(0, Math.min(n, x));
}

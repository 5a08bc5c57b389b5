// A small GraphQL client for the API the page is served with. The URL is
// relative so the explorer also works behind a reverse proxy's prefix.

export class APIError extends Error {}

let inflight = 0;

// gql runs a query and returns its data; GraphQL errors become APIError with
// the server's message (written for clients, see graph/server.go).
export async function gql(query, variables = {}, { signal } = {}) {
  inflight++;
  document.body.dataset.loading = String(inflight);
  try {
    const resp = await fetch("graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    let body;
    try {
      body = await resp.json();
    } catch {
      throw new APIError(`HTTP ${resp.status}`);
    }
    if (body.errors && body.errors.length) {
      throw new APIError(body.errors.map((e) => e.message).join("; "));
    }
    if (!resp.ok) throw new APIError(`HTTP ${resp.status}`);
    return body.data;
  } finally {
    inflight--;
    document.body.dataset.loading = String(inflight);
  }
}

// exportURL is a link to one of the server's exports around an entity.
export function exportURL(file, center, depth) {
  const p = new URLSearchParams({ center, depth: String(depth) });
  return `export/${file}?${p}`;
}

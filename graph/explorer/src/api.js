// A small GraphQL client for the API the page is served with. The URL is
// relative so the explorer also works behind a reverse proxy's prefix.

export class APIError extends Error {}

// The server's message when the database is briefly out of reach
// (graph/store.ErrUnavailable); such reads are worth one more try.
const UNAVAILABLE = "the graph database is unavailable";
const RETRY_DELAYS = [800, 2000];

let inflight = 0;

// gql runs a query and returns its data; GraphQL errors become APIError with
// the server's message (written for clients, see graph/server.go). Every
// query is a read, so an "unavailable" answer is retried a couple of times.
export async function gql(query, variables = {}, { signal } = {}) {
  inflight++;
  document.body.dataset.loading = String(inflight);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(query, variables, signal);
      } catch (err) {
        const transient = err instanceof APIError && err.message.includes(UNAVAILABLE);
        if (!transient || attempt >= RETRY_DELAYS.length || (signal && signal.aborted)) throw err;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]));
      }
    }
  } finally {
    inflight--;
    document.body.dataset.loading = String(inflight);
  }
}

async function once(query, variables, signal) {
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
}

// exportURL is a link to one of the server's exports of exactly the given
// entities and the links among them (the graph as shown).
export function exportURL(file, ids) {
  const p = new URLSearchParams({ ids: ids.join(",") });
  return `export/${file}?${p}`;
}

// The ClusterGraph explorer: search, entity pages with evidence, the
// neighbourhood graph, partners, timelines and source documents. Routes
// live in the URL's hash so that any view can be shared as a link:
//
//	#/                         overview and the timeline of events
//	#/search/QUERY             search results by type
//	#/entity/ID                an entity
//	#/doc/ID?start=&end=&ents= a document, the sentence start..end and the
//	                           mentions of the listed entities highlighted

import { exportURL, gql } from "./api.js";
import { GraphView, legendItems, TYPE_COLORS, TYPES } from "./graph.js";
import * as i18n from "./i18n.js";
import { segments } from "./text.js";

const { t } = i18n;

// ---------------------------------------------------------------- DOM helpers

// h builds an element. Strings become text nodes, never HTML, so names and
// document texts cannot inject markup.
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "vars") for (const [p, x] of Object.entries(v)) el.style.setProperty(p, x);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// setChildren replaces el's children, skipping null and false like h does.
function setChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const enc = encodeURIComponent;

function entityHref(id) {
  return `#/entity/${enc(id)}`;
}

function docHref(id, { start, end, ents } = {}) {
  const p = new URLSearchParams();
  if (Number.isInteger(start) && Number.isInteger(end)) {
    p.set("start", String(start));
    p.set("end", String(end));
  }
  if (ents && ents.length) p.set("ents", ents.filter(Boolean).join(","));
  const qs = p.toString();
  return `#/doc/${enc(id)}${qs ? "?" + qs : ""}`;
}

function typeBadge(type) {
  return h("span", { class: "badge", vars: { "--c": TYPE_COLORS[type] || "#888" } }, i18n.typeName(type));
}

function dot(type) {
  return h("span", { class: "dot", vars: { "--c": TYPE_COLORS[type] || "#888" }, title: i18n.typeName(type) });
}

function entityLink(n, extra) {
  return h("a", { class: "entity-link", href: entityHref(n.id), dataset: { id: n.id, type: n.type } }, dot(n.type), h("span", { class: "name" }, n.name), extra);
}

function card(title, ...body) {
  return h("section", { class: "card" }, title ? h("h2", {}, title) : null, ...body);
}

function message(text, cls = "muted") {
  return h("p", { class: cls }, text);
}

// ---------------------------------------------------------------- shell

const app = document.getElementById("app");
let searchInput, resultsEl, viewEl, layoutEl;
let graphView = null;
let searchSeq = 0;
let lastSearch = { q: "", edges: null };

function renderShell() {
  document.documentElement.lang = i18n.lang();
  const other = i18n.lang() === "bg" ? "en" : "bg";
  searchInput = h("input", {
    id: "q",
    type: "search",
    name: "q",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: t("searchPlaceholder"),
    "aria-label": t("search"),
    oninput: () => scheduleSearch(searchInput.value),
  });
  searchInput.value = lastSearch.q;
  const form = h(
    "form",
    {
      class: "search",
      role: "search",
      onsubmit: (e) => {
        e.preventDefault();
        const q = searchInput.value.trim();
        if (q) location.hash = `#/search/${enc(q)}`;
      },
    },
    searchInput,
    h("button", { type: "submit" }, t("search")),
  );
  const header = h(
    "header",
    { class: "top" },
    h("a", { class: "brand", href: "#/" }, h("span", { class: "logo" }, "◉"), h("span", {}, "ClusterGraph"), h("small", {}, t("tagline"))),
    form,
    h(
      "nav",
      {},
      h("button", { id: "lang", class: "link", type: "button", title: t("switchToTitle"), lang: other, onclick: () => switchLang(other) }, t("switchTo")),
      h("a", { href: "playground", class: "link" }, t("playground")),
    ),
  );
  resultsEl = h("aside", { id: "results", "aria-live": "polite" });
  viewEl = h("main", { id: "view" });
  layoutEl = h("div", { class: "layout" }, resultsEl, viewEl);
  setChildren(app, header, layoutEl);
  renderSidebar();
}

function switchLang(l) {
  i18n.setLang(l);
  if (graphView) {
    graphView.destroy();
    graphView = null;
  }
  renderShell();
  route();
}

// ---------------------------------------------------------------- search

const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 50) {
    totalCount
    edges { score node { id name type latin docCount ... on Project { start end } ... on Event { start end } } }
  }
}`;

let searchTimer = null;

function scheduleSearch(q) {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    // On the search view the typed query replaces the one shown (no new history entry).
    // The URL changes and the view starts in the same task, so no one sees
    // the new address beside the old results.
    if (parseHash().name === "search" && q.trim()) {
      history.replaceState(null, "", `#/search/${enc(q.trim())}`);
      route();
    } else runSearch(q);
  }, 200);
}

async function fetchSearch(q) {
  try {
    const data = await gql(SEARCH, { q });
    return { q, edges: data.search.edges };
  } catch (err) {
    return { q, edges: [], error: err.message };
  }
}

// runSearch updates the results panel; a newer search wins over an older
// one that answers later.
async function runSearch(q) {
  q = q.trim();
  const seq = ++searchSeq;
  if (!q) {
    lastSearch = { q, edges: null };
    renderSidebar();
    return;
  }
  const res = await fetchSearch(q);
  if (seq !== searchSeq) return;
  lastSearch = res;
  renderSidebar();
}

// groupByType keeps the search's order inside each type and orders the
// types by their best hit.
function groupByType(edges) {
  const groups = new Map();
  for (const e of edges) {
    if (!groups.has(e.node.type)) groups.set(e.node.type, []);
    groups.get(e.node.type).push(e.node);
  }
  return [...groups.entries()];
}

function resultList(edges, q) {
  if (!edges.length) return message(t("noResults", { q }));
  return h(
    "div",
    { class: "results" },
    groupByType(edges).map(([type, nodes]) =>
      h(
        "section",
        { class: "result-group", dataset: { type } },
        h("h3", {}, dot(type), i18n.typeName(type, true), h("span", { class: "count" }, nodes.length)),
        h(
          "ul",
          {},
          nodes.map((n) => {
            const sub = [n.start ? i18n.formatRange(n.start, n.end) : "", n.latin && n.latin !== n.name.toLowerCase() ? n.latin : ""].filter(Boolean).join(" · ");
            return h("li", {}, entityLink(n), sub ? h("small", {}, sub) : null);
          }),
        ),
      ),
    ),
  );
}

// The results panel shows only when it adds something: after a search,
// and not beside the full results of the search view.
function sidebarShown() {
  const onSearch = parseHash().name === "search";
  layoutEl.classList.toggle("no-side", onSearch || !lastSearch.q);
}

function renderSidebar() {
  if (!resultsEl) return;
  sidebarShown();
  const { q, edges, error } = lastSearch;
  const body = [];
  if (!q) body.push(message(t("typeToSearch")));
  else if (error) body.push(message(t("error", { msg: error }), "error"));
  else if (edges) body.push(resultList(edges, q));
  else body.push(message(t("loading")));
  setChildren(resultsEl, h("h2", {}, t("results")), ...body);
}

// ---------------------------------------------------------------- routing

let renderSeq = 0;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const qi = raw.indexOf("?");
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const params = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : "");
  const [name, ...rest] = path.split("/");
  let arg = rest.join("/");
  try {
    arg = decodeURIComponent(arg);
  } catch {
    // A hand-edited link; use it as written.
  }
  return { name: name || "home", arg, params };
}

async function route() {
  const seq = ++renderSeq;
  const r = parseHash();
  if (graphView && r.name !== "entity") {
    graphView.destroy();
    graphView = null;
  }
  setChildren(viewEl, message(t("loading")));
  delete viewEl.dataset.ready;
  viewEl.dataset.view = r.name;
  sidebarShown();
  const live = () => seq === renderSeq;
  try {
    switch (r.name) {
      case "search":
        await viewSearch(r.arg, live);
        break;
      case "entity":
        await viewEntity(r.arg, r.params.get("to") || "", live);
        break;
      case "doc":
        await viewDocument(r.arg, r.params, live);
        break;
      default:
        await viewHome(live);
    }
  } catch (err) {
    if (live()) setChildren(viewEl, h("div", { class: "failed" }, message(t("error", { msg: err.message }), "error"), h("button", { type: "button", class: "btn", onclick: () => route() }, t("retry"))));
  }
  if (live()) viewEl.dataset.ready = r.name;
}

// ---------------------------------------------------------------- home

const HOME = `query Home {
  stats {
    entities documents relationships
    entitiesByType { type count }
    topEntities(first: 12) { degree node { id name type } }
  }
  timeline(first: 100) { totalCount edges { node { id name type } start end places { id name type } } }
  partnerships(first: 8) { edges { sharedCount a { id name type } b { id name type } shared { via node { id name type } } } }
}`;

async function viewHome(live) {
  document.title = "ClusterGraph";
  const data = await gql(HOME);
  if (!live()) return;
  const s = data.stats;
  const counts = h(
    "div",
    { class: "stats" },
    [
      [t("entities"), s.entities],
      [t("documents"), s.documents],
      [t("relationships"), s.relationships],
    ].map(([label, n]) => h("div", { class: "stat" }, h("strong", {}, i18n.formatNumber(n)), h("span", {}, label))),
  );
  const byType = h(
    "ul",
    { class: "chips" },
    TYPES.map((ty) => {
      const c = s.entitiesByType.find((x) => x.type === ty);
      return c ? h("li", {}, dot(ty), i18n.typeName(ty, true), h("span", { class: "count" }, i18n.formatNumber(c.count))) : null;
    }),
  );
  const top = h(
    "ol",
    { class: "top-list" },
    s.topEntities.map((d) => h("li", {}, entityLink(d.node), h("small", {}, t("links", { n: i18n.formatNumber(d.degree) })))),
  );
  const pairs = h(
    "ol",
    { class: "pairs" },
    data.partnerships.edges.map((p) =>
      h(
        "li",
        {},
        h("div", { class: "pair" }, entityLink(p.a), h("span", { class: "amp" }, "↔"), entityLink(p.b)),
        h("small", {}, p.shared.map((s, i) => [i ? ", " : "", t("via" + s.via), " ", h("a", { href: entityHref(s.node.id) }, s.node.name)])),
      ),
    ),
  );
  setChildren(viewEl,
    h(
      "div",
      { class: "home" },
      h("div", {}, card(t("overview"), counts, byType), data.partnerships.edges.length ? card(t("strongestPairs"), pairs) : null),
      card(t("mostConnected"), top),
      card(t("eventsTimeline"), timelineList(data.timeline.edges)),
    ),
  );
}

function timelineList(edges) {
  if (!edges.length) return message(t("noTimeline"));
  return h(
    "ol",
    { class: "timeline" },
    edges.map((e) =>
      h(
        "li",
        {},
        h("time", { datetime: e.start || "" }, i18n.formatRange(e.start, e.end)),
        h("div", {}, entityLink(e.node), e.places.length ? h("small", { class: "places" }, e.places.map((p, i) => [i ? ", " : "", h("a", { href: entityHref(p.id) }, p.name)])) : null),
      ),
    ),
  );
}

// ---------------------------------------------------------------- search view

async function viewSearch(q, live) {
  document.title = `${q} · ClusterGraph`;
  // A shared link fills the box; while the reader types, their text stays.
  if (document.activeElement !== searchInput && searchInput.value.trim() !== q) searchInput.value = q;
  // This search supersedes any typed one still waiting or running.
  clearTimeout(searchTimer);
  const seq = ++searchSeq;
  const res = await fetchSearch(q.trim());
  if (seq === searchSeq) {
    lastSearch = res;
    renderSidebar();
  }
  if (!live()) return;
  if (res.error) {
    setChildren(viewEl, message(t("error", { msg: res.error }), "error"));
    return;
  }
  setChildren(viewEl, card(t("resultsFor", { q }), resultList(res.edges, q)));
}

// ---------------------------------------------------------------- entity view

// The other end of an edge, with where it is based (its country, as loaded).
const NODE = `id name type
  ... on Cluster { country basedIn(first: 3) { edges { node { id name } } } }
  ... on Organization { country basedIn(first: 3) { edges { node { id name } } } }
  ... on Association { country basedIn(first: 3) { edges { node { id name } } } }
  ... on Project { start end }
  ... on Event { start end }`;

const EVIDENCE = `evidence { text start end document { id title published } }`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type aliases latin docCount
    ... on Cluster { acronym country }
    ... on Association { acronym country }
    ... on Organization { acronym country }
    ... on Project { code acronym start end }
    ... on Programme { acronym }
    ... on Event { start end }
    ... on Place { country }
    relations(first: 100) { totalCount edges { type direction role title node { ${NODE} } ${EVIDENCE} } }
    documents(first: 50) { totalCount nodes { id title published } }
  }
}`;

const PARTNERS = `query Partners($id: ID!) {
  partners(of: $id, first: 50) {
    totalCount
    edges {
      sharedCount
      node { id name type }
      shared {
        via
        node { id name type ... on Project { start end } ... on Event { start end } }
        left { role title }
        right { role title ${EVIDENCE} }
      }
    }
  }
}`;

const TIMELINE = `query Timeline($id: ID!) {
  timeline(involving: $id, first: 100) { totalCount edges { node { id name type } start end places { id name type } } }
}`;

// Types whose partners are found through shared projects, events and memberships.
const PARTNERING = new Set(["Cluster", "Association", "Organization", "Person"]);

async function viewEntity(id, to, live) {
  const [data, partners, timeline, path] = await Promise.all([
    gql(ENTITY, { id }),
    // Optional sections: their failure must not hide the entity.
    gql(PARTNERS, { id }).catch((err) => ({ error: err.message })),
    gql(TIMELINE, { id }).catch((err) => ({ error: err.message })),
    to ? gql(PATH, { from: id, to }).catch((err) => ({ error: err.message })) : null,
  ]);
  if (!live()) return;
  const e = data.entity;
  if (!e) {
    setChildren(viewEl, message(t("notFound", { id }), "error"));
    return;
  }
  document.title = `${e.name} · ClusterGraph`;
  const edges = e.relations.edges;

  const main = h("div", { class: "col-main" });
  main.append(connectionCard(e, to, path));
  if (e.type === "Project") {
    main.append(projectPartners(e, edges.filter((x) => x.type === "PARTNER_IN" && x.direction === "IN")));
  } else if (PARTNERING.has(e.type) && partners.partners && partners.partners.edges.length) {
    main.append(clusterPartners(e, partners.partners.edges));
  }
  main.append(connections(e, edges));
  if (e.relations.totalCount > edges.length) {
    main.lastChild.append(message(t("someLinks", { n: i18n.formatNumber(edges.length), total: i18n.formatNumber(e.relations.totalCount) })));
  }
  if (timeline.timeline && timeline.timeline.edges.length) main.append(card(t("timeline"), timelineList(timeline.timeline.edges)));
  main.append(documentsCard(e));

  const graphCol = h("div", { class: "col-graph" });
  setChildren(viewEl, h("article", { class: "entity", dataset: { id: e.id, type: e.type } }, entityHeader(e), h("div", { class: "entity-grid" }, main, graphCol)));
  if (graphView) graphView.destroy();
  graphView = mountGraph(graphCol, e, path && path.path);
}

// ---------------------------------------------------------------- connection finder

const PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { id name type }
    edges { id type source target role title ${EVIDENCE} }
  }
}`;

const SUGGEST = `query Suggest($q: String!) { search(query: $q, first: 8) { edges { node { id name type } } } }`;

// connectionCard asks "how is this connected to …?" and, with a target in
// the URL (?to=ID), shows the shortest chain with the evidence of each link.
function connectionCard(e, to, path) {
  const input = h("input", { id: "path-q", type: "search", autocomplete: "off", placeholder: t("connectPlaceholder"), "aria-label": t("connectTo") });
  const suggestions = h("ul", { id: "path-suggestions", class: "suggestions" });
  let seq = 0;
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) return setChildren(suggestions);
      let edges = [];
      try {
        edges = (await gql(SUGGEST, { q })).search.edges;
      } catch (err) {
        if (mine === seq) setChildren(suggestions, h("li", { class: "error" }, t("error", { msg: err.message })));
        return;
      }
      if (mine !== seq) return;
      setChildren(
        suggestions,
        edges
          .filter((x) => x.node.id !== e.id)
          .map((x) => h("li", {}, h("a", { href: `${entityHref(e.id)}?to=${enc(x.node.id)}`, class: "entity-link", dataset: { id: x.node.id, type: x.node.type } }, dot(x.node.type), h("span", { class: "name" }, x.node.name)))),
      );
    }, 200);
  });
  const body = [h("div", { class: "connect-form" }, input, suggestions)];
  if (to && path) {
    if (path.error) body.push(message(t("error", { msg: path.error }), "error"));
    else if (!path.path) body.push(message(t("noPath"), "muted"));
    else body.push(pathChain(path.path));
  }
  return h("section", { class: "card connect", id: "connect" }, h("h2", {}, t("connectTo")), ...body);
}

// pathChain lists the entities of a path with, between each two, the
// relationship and the sentence that states it.
function pathChain(p) {
  const items = [];
  p.nodes.forEach((n, i) => {
    items.push(h("li", { class: "path-node", dataset: { id: n.id } }, entityLink(n)));
    const ed = p.edges[i];
    if (!ed) return;
    // The relationship points either way along the path.
    const forward = ed.source === n.id;
    items.push(
      h(
        "li",
        { class: "path-edge" },
        h("span", { class: "rel" }, forward ? "↓ " : "↑ ", i18n.edgeLabel(ed.type)),
        roleCell(ed),
        evidenceList(ed.evidence.slice(0, 1), [ed.source, ed.target]),
      ),
    );
  });
  return h("ol", { class: "path", id: "path" }, items);
}

function entityHeader(e) {
  const facts = [];
  const fact = (label, ...value) => facts.push(h("dt", {}, label), h("dd", {}, ...value));
  if (e.aliases && e.aliases.length) fact(t("aliases"), e.aliases.join(", "));
  if (e.acronym) fact(t("acronym"), e.acronym);
  if (e.code) fact(t("code"), e.code);
  if (e.country) fact(t("country"), e.country);
  if (e.start || e.end) fact(t("dates"), i18n.formatRange(e.start, e.end));
  if (e.latin) fact(t("latin"), e.latin);
  fact(t("mentionedIn"), i18n.docCount(e.docCount));
  return h("header", { class: "entity-head" }, typeBadge(e.type), h("h1", {}, e.name), h("dl", { class: "facts" }, facts));
}

function basedIn(n) {
  const places = ((n.basedIn && n.basedIn.edges) || []).map((x) => x.node);
  if (places.length) return places.map((p, i) => [i ? ", " : "", h("a", { href: entityHref(p.id) }, p.name)]);
  return n.country || "";
}

function evidenceList(evs, ends) {
  if (!evs || !evs.length) return null;
  const item = (ev) =>
    h(
      "blockquote",
      { class: "evidence" },
      h("span", { class: "sentence" }, ev.text),
      " ",
      h(
        "a",
        { class: "source", href: docHref(ev.document.id, { start: ev.start, end: ev.end, ents: ends }), title: t("source") },
        "↗ ",
        ev.document.title || t("untitled"),
        ev.document.published ? ` · ${i18n.formatDate(ev.document.published)}` : "",
      ),
    );
  const [first, ...rest] = evs;
  return h(
    "div",
    { class: "evidence-list" },
    item(first),
    rest.length ? h("details", {}, h("summary", {}, t("moreEvidence", { n: rest.length })), rest.map(item)) : null,
  );
}

function roleCell(edge) {
  const parts = [i18n.roleName(edge.role), edge.title].filter(Boolean);
  return parts.length ? h("span", { class: "role" }, parts.join(" · ")) : null;
}

// projectPartners: who is in the project, in what role, where they are
// based and the sentence that says so.
function projectPartners(p, edges) {
  if (!edges.length) return card(t("partners"), message("—"));
  const sorted = [...edges].sort((a, b) => (a.role === "coordinator" ? -1 : 0) - (b.role === "coordinator" ? -1 : 0) || a.node.name.localeCompare(b.node.name, i18n.locale()));
  return card(
    t("partners"),
    h(
      "table",
      { class: "partners", id: "partners" },
      h("thead", {}, h("tr", {}, h("th", {}, t("partner")), h("th", {}, t("role")), h("th", {}, t("basedIn")))),
      sorted.map((x) =>
        h(
          "tbody",
          { class: "partner", dataset: { id: x.node.id } },
          h("tr", {}, h("td", { class: "name" }, entityLink(x.node)), h("td", { class: "role-cell" }, roleCell(x)), h("td", { class: "based" }, basedIn(x.node))),
          h("tr", { class: "evidence-row" }, h("td", { colspan: 3 }, evidenceList(x.evidence, [x.node.id, p.id]))),
        ),
      ),
    ),
  );
}

// clusterPartners: who worked with the entity, through which shared
// projects, events or memberships, and when.
function clusterPartners(e, edges) {
  const when = (s) => {
    if (s.node.start || s.node.end) return i18n.formatRange(s.node.start, s.node.end);
    const dates = (s.right.evidence || []).map((ev) => ev.document.published).filter(Boolean).sort();
    return dates.length ? i18n.formatRange(dates[0], dates[dates.length - 1]) : "";
  };
  return card(
    t("partnersOf", { name: e.name }),
    message(t("partnersHint")),
    h(
      "table",
      { class: "partners", id: "partners" },
      h("thead", {}, h("tr", {}, h("th", {}, t("partner")), h("th", {}, t("through")), h("th", {}, t("when")))),
      h(
        "tbody",
        {},
        edges.map((p) =>
          h(
            "tr",
            { class: "partner", dataset: { id: p.node.id } },
            h("td", {}, entityLink(p.node)),
            h(
              "td",
              {},
              p.shared.map((s) =>
                h(
                  "div",
                  { class: "shared" },
                  h("span", { class: "via" }, t("via" + s.via)),
                  " ",
                  entityLink(s.node),
                  roleLine(s),
                  evidenceList((s.right.evidence || []).slice(0, 1), [p.node.id, s.node.id]),
                ),
              ),
            ),
            h("td", { class: "when" }, p.shared.map((s) => h("div", {}, when(s)))),
          ),
        ),
      ),
    ),
  );
}

function roleLine(s) {
  const l = [i18n.roleName(s.left.role) || s.left.title, i18n.roleName(s.right.role) || s.right.title];
  if (!l[0] && !l[1]) return null;
  return h("small", { class: "role" }, ` (${l[0] || "—"} / ${l[1] || "—"})`);
}

const REL_ORDER = ["PARTNER_IN", "MEMBER_OF", "FUNDED_BY", "PART_OF", "ORGANIZED", "PARTICIPATED_IN", "PRESENTED_AT", "HOLDS_ROLE", "BASED_IN", "HELD_IN"];

// connections lists the neighbours grouped by relationship and direction,
// every edge with its evidence.
function connections(e, edges) {
  const groups = new Map();
  for (const x of edges) {
    // A project's partners have their own table above.
    if (e.type === "Project" && x.type === "PARTNER_IN" && x.direction === "IN") continue;
    const k = `${x.type}:${x.direction}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(x);
  }
  const keys = [...groups.keys()].sort((a, b) => REL_ORDER.indexOf(a.split(":")[0]) - REL_ORDER.indexOf(b.split(":")[0]) || a.localeCompare(b));
  if (!keys.length) return card(t("connections"), message("—"));
  return card(
    t("connections"),
    h(
      "div",
      { class: "rel-groups" },
      keys.map((k) => {
        const [type, dir] = k.split(":");
        const items = groups.get(k);
        return h(
          "section",
          { class: "rel-group", dataset: { rel: type, dir } },
          h("h3", {}, i18n.relLabel(type, dir), h("span", { class: "count" }, items.length)),
          h(
            "ul",
            {},
            items.map((x) =>
              h(
                "li",
                {},
                h("div", { class: "rel-line" }, entityLink(x.node), roleCell(x), x.node.start ? h("small", {}, i18n.formatRange(x.node.start, x.node.end)) : null),
                evidenceList(x.evidence, [e.id, x.node.id]),
              ),
            ),
          ),
        );
      }),
    ),
  );
}

function documentsCard(e) {
  const docs = e.documents.nodes;
  return card(
    `${t("documents")} (${i18n.formatNumber(e.documents.totalCount)})`,
    docs.length
      ? h(
          "ul",
          { class: "docs" },
          docs.map((d) => h("li", {}, h("a", { href: docHref(d.id, { ents: [e.id] }) }, d.title || t("untitled")), d.published ? h("small", {}, i18n.formatDate(d.published)) : null)),
        )
      : message("—"),
  );
}

// ---------------------------------------------------------------- graph

function mountGraph(col, e, path) {
  const canvas = h("div", { id: "graph", class: "graph-canvas", role: "img", "aria-label": t("graph") });
  const status = h("div", { class: "graph-status" });
  const legend = h("ul", { class: "legend", "aria-label": t("legend") });
  const depth = h("select", { id: "depth", "aria-label": t("depth") }, [1, 2].map((d) => h("option", { value: d }, d)));
  // The server exports exactly the nodes on screen, expanded ones included;
  // view is the graph once it exists.
  let view = null;
  const shownIds = () => (view && view.cy.nodes().length ? view.cy.nodes().map((n) => n.id()) : [e.id]);
  const exp = (file, label) => {
    const ids = shownIds();
    return h("a", { class: "btn", id: `export-${file.replace(".", "-")}`, href: exportURL(file, ids), download: `${safeName(e.name)}-${file}`, title: t("exportTitleServer", { n: ids.length }) }, label);
  };
  const exports = h("span", { class: "exports" });
  const drawExports = () => setChildren(exports, h("span", { class: "label" }, t("export")), exp("graph.graphml", t("exportGraphml")), exp("nodes.csv", t("exportNodes")), exp("edges.csv", t("exportEdges")), pngBtn);
  const pngBtn = h(
    "button",
    {
      id: "export-png",
      class: "btn",
      type: "button",
      title: t("exportTitlePng"),
      onclick: async () => {
        const blob = await gv.png();
        const url = URL.createObjectURL(blob);
        const a = h("a", { href: url, download: `${safeName(e.name)}-graph.png` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      },
    },
    t("exportPng"),
  );
  drawExports();
  const toolbar = h(
    "div",
    { class: "graph-toolbar" },
    h("label", {}, t("depth"), " ", depth),
    h("button", { type: "button", class: "btn", onclick: () => gv.fit() }, t("fit")),
    h("button", { type: "button", class: "btn", id: "graph-reset", onclick: () => gv.load(e.id, Number(depth.value)) }, t("reset")),
    h("span", { class: "sep" }),
    exports,
  );
  const edgeInfo = h("div", { id: "edge-info", class: "edge-info", "aria-live": "polite" });
  col.append(card(t("graph"), toolbar, canvas, status, legend, message(t("graphHint"), "muted hint"), edgeInfo));
  let edgeSeq = 0;
  const showEdge = async (ed) => {
    const seq = ++edgeSeq;
    setChildren(edgeInfo, message(t("loading")));
    try {
      const data = await gql(EDGE, { id: ed.source, type: ed.type });
      if (seq !== edgeSeq) return;
      const rel = ((data.entity && data.entity.relations.edges) || []).find((x) => x.node.id === ed.target && (x.role || "") === (ed.role || ""));
      setChildren(
        edgeInfo,
        h("h3", {}, t("whyEdge")),
        h(
          "p",
          { class: "edge-line" },
          entityLink({ id: ed.source, name: ed.sourceName, type: data.entity ? data.entity.type : "" }),
          h("span", { class: "rel" }, ` ${i18n.edgeLabel(ed.type)} `),
          rel ? roleCell(rel) : null,
          " ",
          entityLink({ id: ed.target, name: ed.targetName, type: rel ? rel.node.type : "" }),
        ),
        rel && rel.evidence.length ? evidenceList(rel.evidence, [ed.source, ed.target]) : message(t("noEvidence")),
      );
    } catch (err) {
      if (seq === edgeSeq) setChildren(edgeInfo, message(t("error", { msg: err.message }), "error"));
    }
  };

  const gv = new GraphView(canvas, {
    onOpen: (id) => {
      location.hash = entityHref(id);
    },
    onEdge: showEdge,
    onChange: (v, err) => {
      view = v;
      const info = v.selectedInfo();
      setChildren(status, [
        h("span", {}, t("nodesEdges", { n: v.cy.nodes().length, e: v.cy.edges().length })),
        v.truncated ? h("span", { class: "warn" }, " · ", t("truncated", { n: 150 })) : null,
        err ? h("span", { class: "error" }, " · ", t("error", { msg: err.message })) : null,
        info ? h("span", { class: "selected" }, " · ", dot(info.type), info.name, " ", h("a", { href: entityHref(info.id) }, t("open"), " →")) : null,
      ]);
      drawExports();
      const shown = v.typesShown();
      setChildren(legend, ...legendItems(null).map((x) => h("li", { class: shown.has(x.type) ? "" : "absent" }, h("span", { class: "dot", vars: { "--c": x.color } }), x.label)));
    },
  });
  depth.addEventListener("change", () => {
    gv.load(e.id, Number(depth.value));
  });
  // Tests and power users reach the graph from the console.
  window.clustergraph = { graph: gv, cy: gv.cy };
  gv.load(e.id, 1)
    .then(() => path && gv.addPath(path))
    .catch((err) => setChildren(status, h("span", { class: "error" }, t("error", { msg: err.message }))));
  return gv;
}

// EDGE finds one relationship with its evidence, from its source's side.
const EDGE = `query Edge($id: ID!, $type: RelationType!) {
  entity(id: $id) {
    type
    relations(type: $type, direction: OUT, first: 100) { edges { role title node { id type } ${EVIDENCE} } }
  }
}`;

// safeURL admits only web links as a document's original address (never javascript: and the like).
function safeURL(u) {
  try {
    return u && ["http:", "https:"].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}

function safeName(s) {
  return (
    s
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "graph"
  );
}

// ---------------------------------------------------------------- document view

const DOCUMENT = `query Document($id: ID!, $ents: [ID!]!) {
  document(id: $id) { id title published path url text entities(first: 100) { nodes { id name type } } }
  nodes(ids: $ents) { ... on Entity { id name type mentions { document { id } spans { start end } } } }
}`;

async function viewDocument(id, params, live) {
  const ents = (params.get("ents") || "").split(",").filter(Boolean);
  const data = await gql(DOCUMENT, { id, ents });
  if (!live()) return;
  const d = data.document;
  if (!d) {
    setChildren(viewEl, message(t("notFound", { id }), "error"));
    return;
  }
  document.title = `${d.title || id} · ClusterGraph`;
  const ranges = [];
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  const hasSentence = params.has("start") && params.has("end") && Number.isInteger(start) && Number.isInteger(end);
  if (hasSentence) ranges.push({ start, end, cls: "hl-sentence" });
  const named = [];
  for (const n of data.nodes || []) {
    if (!n) continue;
    named.push(n);
    for (const m of n.mentions) {
      if (m.document.id !== d.id) continue;
      for (const s of m.spans) {
        // With a sentence given, only the names inside it: the reader came for that sentence.
        if (hasSentence && (s.start < start || s.end > end)) continue;
        ranges.push({ start: s.start, end: s.end, cls: "hl-mention" });
      }
    }
  }
  const text = d.text || "";
  const body = h(
    "div",
    { class: "doc-text", id: "doc-text" },
    segments(text, ranges).map((sg) => {
      if (!sg.classes.length) return sg.text;
      const tag = sg.classes.includes("hl-mention") ? "mark" : "span";
      return h(tag, { class: sg.classes.join(" ") }, sg.text);
    }),
  );
  let hint = null;
  if (hasSentence) hint = t("highlightHint");
  else if (named.length) hint = t("mentionsHint", { name: named.map((n) => n.name).join(", ") });
  setChildren(viewEl,
    h(
      "article",
      { class: "document", dataset: { id: d.id } },
      card(
        null,
        h("p", {}, h("a", { href: "#/", onclick: (ev) => (history.length > 1 ? (ev.preventDefault(), history.back()) : null) }, "← ", t("back"))),
        h("p", { class: "kicker" }, t("document")),
        h("h1", {}, d.title || t("untitled")),
        h(
          "p",
          { class: "meta" },
          d.published ? [t("published"), ": ", h("time", { datetime: d.published }, i18n.formatDate(d.published)), " · "] : null,
          h("code", {}, d.path),
          safeURL(d.url) ? [" · ", h("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, t("original"), " ↗")] : null,
        ),
        named.length ? h("p", { class: "named" }, named.map((n) => [entityLink(n), " "])) : null,
        hint ? message(hint) : null,
        body,
      ),
      d.entities.nodes.length ? card(t("inDocument"), h("ul", { class: "chips" }, d.entities.nodes.map((n) => h("li", {}, entityLink(n))))) : null,
    ),
  );
  const first = body.querySelector(".hl-sentence, .hl-mention");
  if (first) first.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- start

renderShell();
window.addEventListener("hashchange", route);
// "/" jumps to the search box, as on many sites.
document.addEventListener("keydown", (e) => {
  if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
    e.preventDefault();
    searchInput.focus();
    searchInput.select();
  }
});
route();

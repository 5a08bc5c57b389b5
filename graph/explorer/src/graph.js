// The interactive neighbourhood graph (cytoscape): pan, zoom, click a node
// to expand it with its own neighbourhood, double-click to open it.

import cytoscape from "cytoscape";
import { gql } from "./api.js";
import { edgeLabel, roleName, typeName } from "./i18n.js";

// Colours by entity type (also used by the legend and the type badges).
export const TYPE_COLORS = {
  Cluster: "#1f9e89",
  Association: "#2f4b7c",
  Organization: "#d4a017",
  Project: "#e4572e",
  Programme: "#8e44ad",
  Event: "#3a86ff",
  Person: "#f28ab2",
  Place: "#5c946e",
};

export const TYPES = Object.keys(TYPE_COLORS);

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id name type }
    edges { id type source target role title }
  }
}`;

const LIMIT = 150;

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      label: "data(label)",
      width: 26,
      height: 26,
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#1d2433",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.center", style: { width: 40, height: 40, "border-width": 4, "border-color": "#1d2433", "font-weight": "bold", "font-size": 12 } },
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2433", "border-style": "double" } },
  { selector: "node:selected", style: { "overlay-color": "#ffbf00", "overlay-opacity": 0.35, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#a9b1c1",
      "target-arrow-color": "#a9b1c1",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      label: "",
      "font-size": 9,
      color: "#4a5466",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
    },
  },
  { selector: "node.path", style: { "border-width": 4, "border-color": "#ff8c00" } },
  { selector: "edge.path", style: { width: 4, "line-color": "#ff8c00", "target-arrow-color": "#ff8c00", label: "data(label)" } },
  { selector: "edge.hover, edge:selected, edge.near", style: { label: "data(label)", "line-color": "#4a5466", "target-arrow-color": "#4a5466", width: 2 } },
];

export class GraphView {
  // container: the element to draw in; onOpen(id): open an entity page;
  // onChange(view): after the graph changes (counts, selection);
  // onEdge(edge): an edge was clicked ({source, target, type, role}).
  constructor(container, { onOpen, onChange, onEdge } = {}) {
    this.container = container;
    this.onOpen = onOpen || (() => {});
    this.onEdge = onEdge || (() => {});
    this.onChange = onChange || (() => {});
    this.center = null;
    this.depth = 1;
    this.truncated = false;
    this.selected = null;
    this.expanded = new Set();
    this.cy = cytoscape({
      container,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (e) => {
      const id = e.target.id();
      this.select(id);
      this.expand(id);
    });
    this.cy.on("dbltap", "node", (e) => this.onOpen(e.target.id()));
    this.cy.on("tap", "edge", (e) => {
      const d = e.target.data();
      this.onEdge({ id: d.id, source: d.source, target: d.target, type: d.type, role: d.role, sourceName: e.target.source().data("name"), targetName: e.target.target().data("name") });
    });
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) this.select(null);
    });
    this.cy.on("mouseover", "edge", (e) => e.target.addClass("hover"));
    this.cy.on("mouseout", "edge", (e) => e.target.removeClass("hover"));
  }

  // load replaces the graph with the neighbourhood of id.
  async load(id, depth = this.depth) {
    this.center = id;
    this.depth = depth;
    this.expanded = new Set([id]);
    this.selected = null;
    const data = await gql(NEIGHBORHOOD, { id, depth, limit: LIMIT });
    this.cy.elements().remove();
    this.truncated = data.neighborhood.truncated;
    this.add(data.neighborhood, null);
    this.cy.getElementById(id).addClass("center expanded");
    this.layout();
    this.changed();
  }

  // expand adds the neighbours of id that are not shown yet.
  async expand(id) {
    if (this.expanded.has(id)) return;
    this.expanded.add(id);
    this.cy.getElementById(id).addClass("expanded");
    this.changed();
    let data;
    try {
      data = await gql(NEIGHBORHOOD, { id, depth: 1, limit: LIMIT });
    } catch (err) {
      this.expanded.delete(id);
      this.cy.getElementById(id).removeClass("expanded");
      this.changed(err);
      return;
    }
    const added = this.add(data.neighborhood, this.cy.getElementById(id).position());
    this.truncated = this.truncated || data.neighborhood.truncated;
    if (added > 0) this.layout();
    this.changed();
  }

  // addPath shows a path (from the API's path query) in the graph and marks it.
  addPath(path) {
    this.add({ nodes: path.nodes, edges: path.edges }, this.cy.getElementById(this.center).position());
    for (const n of path.nodes) this.cy.getElementById(n.id).addClass("path");
    for (const e of path.edges) this.cy.getElementById(e.id).addClass("path");
    this.layout();
    this.changed();
  }

  // add puts new nodes and edges in; new nodes start around near (if given)
  // so that the layout grows the graph from the expanded node.
  add(sub, near) {
    const els = [];
    let added = 0;
    for (const n of sub.nodes) {
      if (this.cy.getElementById(n.id).nonempty()) continue;
      const el = {
        group: "nodes",
        data: { id: n.id, label: n.name, name: n.name, type: n.type, color: TYPE_COLORS[n.type] || "#888" },
      };
      if (near) {
        const a = Math.random() * 2 * Math.PI;
        el.position = { x: near.x + 60 * Math.cos(a), y: near.y + 60 * Math.sin(a) };
      }
      els.push(el);
      added++;
    }
    for (const e of sub.edges) {
      if (this.cy.getElementById(e.id).nonempty()) continue;
      const extra = e.role ? roleName(e.role) : e.title || "";
      els.push({
        group: "edges",
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          role: e.role || "",
          label: extra ? `${edgeLabel(e.type)} (${extra})` : edgeLabel(e.type),
        },
      });
    }
    // Edges whose ends are not (yet) shown cannot be drawn.
    const ids = new Set(this.cy.nodes().map((n) => n.id()).concat(els.filter((x) => x.group === "nodes").map((x) => x.data.id)));
    this.cy.add(els.filter((x) => x.group === "nodes" || (ids.has(x.data.source) && ids.has(x.data.target))));
    return added;
  }

  // layout draws rings around the centre: its neighbours on the first,
  // theirs on the next, so an expansion grows outwards and the picture
  // is the same on every load.
  layout() {
    const root = this.cy.getElementById(this.center);
    this.cy
      .layout({
        name: "breadthfirst",
        circle: true,
        roots: root.nonempty() ? root : undefined,
        animate: false,
        fit: true,
        padding: 30,
        spacingFactor: 0.9,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        // Same-type neighbours side by side in each ring.
        depthSort: (a, b) => TYPES.indexOf(a.data("type")) - TYPES.indexOf(b.data("type")) || a.data("name").localeCompare(b.data("name")),
      })
      .run();
  }

  select(id) {
    this.cy.elements().removeClass("near");
    this.selected = id;
    if (id) this.cy.getElementById(id).connectedEdges().addClass("near");
    this.changed();
  }

  relabel() {
    this.cy.edges().forEach((e) => {
      const extra = e.data("role") ? roleName(e.data("role")) : "";
      e.data("label", extra ? `${edgeLabel(e.data("type"))} (${extra})` : edgeLabel(e.data("type")));
    });
  }

  fit() {
    this.cy.fit(undefined, 30);
  }

  // png returns a picture of the whole graph as drawn (not only the viewport).
  png() {
    return this.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" });
  }

  typesShown() {
    return new Set(this.cy.nodes().map((n) => n.data("type")));
  }

  changed(err) {
    // Tests and scripts read these; they also make the state visible in devtools.
    this.container.dataset.nodes = String(this.cy.nodes().length);
    this.container.dataset.edges = String(this.cy.edges().length);
    this.container.dataset.expanded = String(this.expanded.size);
    this.onChange(this, err);
  }

  selectedInfo() {
    if (!this.selected) return null;
    const n = this.cy.getElementById(this.selected);
    if (n.empty()) return null;
    return { id: n.id(), name: n.data("name"), type: n.data("type"), typeName: typeName(n.data("type")), expanded: this.expanded.has(n.id()), degree: n.degree() };
  }

  destroy() {
    this.cy.destroy();
  }
}

export function legendItems(types) {
  return TYPES.filter((ty) => !types || types.has(ty)).map((ty) => ({ type: ty, color: TYPE_COLORS[ty], label: typeName(ty, true) }));
}

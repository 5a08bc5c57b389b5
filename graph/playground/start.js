// Mounts GraphiQL against this server's /graphql endpoint with an example query.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).toString() });
  var example = [
    "# Try: search, partners, neighborhood, timeline, stats",
    "{",
    "  search(query: \"zelena sinergiya\", first: 5) {",
    "    edges { score node { id name type } }",
    "  }",
    "}",
    ""
  ].join("\n");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
})();

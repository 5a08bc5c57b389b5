package graph

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/clustergraph/clustergraph/graph/model"
	"github.com/clustergraph/clustergraph/graph/store"
)

// exporter serves a subgraph (around ?center=ID, ?depth=N hops, optional
// ?types=Cluster,Project; or exactly ?ids=A,B,C and the relationships among
// them) or the whole graph as GraphML, CSV or JSON:
//
//	/export/graph.graphml  /export/nodes.csv  /export/edges.csv  /export/graph.json
type exporter struct {
	store    *store.Store
	maxNodes int
	log      *slog.Logger
}

func (e *exporter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	format := strings.TrimPrefix(r.URL.Path, "/export/")
	writers := map[string]struct {
		ctype string
		write func(io.Writer, *store.Subgraph) error
	}{
		"graph.graphml": {"application/graphml+xml; charset=utf-8", writeGraphML},
		"nodes.csv":     {"text/csv; charset=utf-8", writeNodesCSV},
		"edges.csv":     {"text/csv; charset=utf-8", writeEdgesCSV},
		"graph.json":    {"application/json; charset=utf-8", writeJSON},
	}
	wr, ok := writers[format]
	if !ok {
		http.Error(w, "unknown export; use graph.graphml, nodes.csv, edges.csv or graph.json", http.StatusNotFound)
		return
	}
	q := r.URL.Query()
	limit := e.maxNodes
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > e.maxNodes {
			http.Error(w, fmt.Sprintf("limit must be a number between 1 and %d", e.maxNodes), http.StatusBadRequest)
			return
		}
		limit = n
	}
	var types []model.EntityType
	if s := q.Get("types"); s != "" {
		for _, t := range strings.Split(s, ",") {
			et := model.EntityType(strings.TrimSpace(t))
			if !et.IsValid() {
				http.Error(w, fmt.Sprintf("unknown entity type %q", t), http.StatusBadRequest)
				return
			}
			types = append(types, et)
		}
	}
	var (
		sg  *store.Subgraph
		err error
	)
	if list := q.Get("ids"); list != "" {
		// Exactly the entities a client shows (e.g. the explorer's graph
		// after expanding nodes by hand).
		var ids []string
		for _, id := range strings.Split(list, ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
		if len(ids) > e.maxNodes {
			http.Error(w, fmt.Sprintf("at most %d ids", e.maxNodes), http.StatusBadRequest)
			return
		}
		sg, err = e.store.Induced(r.Context(), ids, limit)
	} else if center := q.Get("center"); center != "" {
		depth := 2
		if s := q.Get("depth"); s != "" {
			depth, err = strconv.Atoi(s)
			if err != nil || depth < 0 || depth > 3 {
				http.Error(w, "depth must be 0, 1, 2 or 3", http.StatusBadRequest)
				return
			}
		}
		sg, err = e.store.Neighborhood(r.Context(), center, depth, types, limit, true)
		if err == nil && sg == nil {
			http.Error(w, fmt.Sprintf("no entity has id %q", center), http.StatusNotFound)
			return
		}
	} else {
		sg, err = e.store.WholeGraph(r.Context(), limit)
	}
	if err != nil {
		e.log.WarnContext(r.Context(), "export failed", "err", err)
		switch {
		case errors.Is(err, store.ErrTimeout):
			http.Error(w, store.ErrTimeout.Error(), http.StatusGatewayTimeout)
		default:
			http.Error(w, store.ErrUnavailable.Error(), http.StatusServiceUnavailable)
		}
		return
	}
	w.Header().Set("Content-Type", wr.ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+format+`"`)
	if sg.Truncated {
		w.Header().Set("X-Truncated", "true")
	}
	bw := bufio.NewWriter(w)
	if err := wr.write(bw, sg); err != nil {
		e.log.WarnContext(r.Context(), "export write failed", "err", err)
		return
	}
	_ = bw.Flush()
}

func opt(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func firstEvidence(r *model.Relationship) string {
	if len(r.Evidence) == 0 {
		return ""
	}
	return r.Evidence[0].Text
}

// graphmlKeys are the attributes written for nodes and edges.
var (
	nodeKeys = []string{"type", "name", "latin", "aliases", "docCount", "start", "end", "country", "code", "acronym"}
	edgeKeys = []string{"type", "role", "title", "documents", "evidence"}
)

func nodeValues(e model.Entity) []string {
	b := e.Base()
	return []string{string(b.Type), b.Name, opt(b.Latin), strings.Join(b.Aliases, "; "), strconv.Itoa(b.DocCount),
		opt(b.Start), opt(b.End), opt(b.Country), opt(b.Code), opt(b.Acronym)}
}

func edgeValues(r *model.Relationship) []string {
	return []string{string(r.Type), opt(r.Role), opt(r.Title), strings.Join(r.DocumentIds, "; "), firstEvidence(r)}
}

func xmlText(w io.Writer, s string) error {
	return xml.EscapeText(w, []byte(s))
}

// writeGraphML writes GraphML that Gephi and yEd open directly.
func writeGraphML(w io.Writer, sg *store.Subgraph) error {
	var err error
	p := func(s string) {
		if err == nil {
			_, err = io.WriteString(w, s)
		}
	}
	t := func(s string) {
		if err == nil {
			err = xmlText(w, s)
		}
	}
	p(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	p(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	for _, k := range nodeKeys {
		typ := "string"
		if k == "docCount" {
			typ = "int"
		}
		p(`  <key id="n_` + k + `" for="node" attr.name="` + k + `" attr.type="` + typ + `"/>` + "\n")
	}
	for _, k := range edgeKeys {
		p(`  <key id="e_` + k + `" for="edge" attr.name="` + k + `" attr.type="string"/>` + "\n")
	}
	p(`  <graph id="clustergraph" edgedefault="directed">` + "\n")
	for _, n := range sg.Nodes {
		p(`    <node id="`)
		t(n.Base().ID)
		p(`">`)
		for i, v := range nodeValues(n) {
			if v == "" {
				continue
			}
			p(`<data key="n_` + nodeKeys[i] + `">`)
			t(v)
			p(`</data>`)
		}
		p("</node>\n")
	}
	for i, r := range sg.Rels {
		p(`    <edge id="e` + strconv.Itoa(i) + `" source="`)
		t(r.From)
		p(`" target="`)
		t(r.To)
		p(`">`)
		for j, v := range edgeValues(r) {
			if v == "" {
				continue
			}
			p(`<data key="e_` + edgeKeys[j] + `">`)
			t(v)
			p(`</data>`)
		}
		p("</edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return err
}

func writeNodesCSV(w io.Writer, sg *store.Subgraph) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append([]string{"id"}, nodeKeys...)); err != nil {
		return err
	}
	for _, n := range sg.Nodes {
		if err := cw.Write(append([]string{n.Base().ID}, nodeValues(n)...)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeEdgesCSV(w io.Writer, sg *store.Subgraph) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append([]string{"source", "target"}, edgeKeys...)); err != nil {
		return err
	}
	for _, r := range sg.Rels {
		if err := cw.Write(append([]string{r.From, r.To}, edgeValues(r)...)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

type jsonEvidence struct {
	Document string `json:"document"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

type jsonEdge struct {
	ID        string         `json:"id"`
	Source    string         `json:"source"`
	Target    string         `json:"target"`
	Type      string         `json:"type"`
	Role      *string        `json:"role,omitempty"`
	Title     *string        `json:"title,omitempty"`
	Documents []string       `json:"documents"`
	Evidence  []jsonEvidence `json:"evidence"`
}

type jsonNode struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Latin    *string  `json:"latin,omitempty"`
	DocCount int      `json:"docCount"`
	Start    *string  `json:"start,omitempty"`
	End      *string  `json:"end,omitempty"`
	Country  *string  `json:"country,omitempty"`
	Code     *string  `json:"code,omitempty"`
	Acronym  *string  `json:"acronym,omitempty"`
}

// writeJSON writes {nodes, edges, truncated} in the shape graph libraries
// (Cytoscape, vis-network, D3) take with little mapping.
func writeJSON(w io.Writer, sg *store.Subgraph) error {
	out := struct {
		Nodes     []jsonNode `json:"nodes"`
		Edges     []jsonEdge `json:"edges"`
		Truncated bool       `json:"truncated"`
	}{Nodes: []jsonNode{}, Edges: []jsonEdge{}, Truncated: sg.Truncated}
	for _, n := range sg.Nodes {
		b := n.Base()
		aliases := b.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		out.Nodes = append(out.Nodes, jsonNode{ID: b.ID, Type: string(b.Type), Name: b.Name, Aliases: aliases, Latin: b.Latin,
			DocCount: b.DocCount, Start: b.Start, End: b.End, Country: b.Country, Code: b.Code, Acronym: b.Acronym})
	}
	for _, r := range sg.Rels {
		je := jsonEdge{ID: (&model.GraphEdge{Rel: r}).ID(), Source: r.From, Target: r.To, Type: string(r.Type), Role: r.Role, Title: r.Title,
			Documents: r.DocumentIds, Evidence: []jsonEvidence{}}
		if je.Documents == nil {
			je.Documents = []string{}
		}
		for _, ev := range r.Evidence {
			je.Evidence = append(je.Evidence, jsonEvidence{Document: ev.DocumentID, Text: ev.Text, Start: ev.Start, End: ev.End})
		}
		out.Edges = append(out.Edges, je)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

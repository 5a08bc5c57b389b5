package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The explorer is tested in a real headless Chromium driven over the
// DevTools protocol (chromedp: pure Go, so `go test` needs no Node or
// WebDriver), against `up` serving the seeds. The page's answers are
// compared with the API's, so the test checks what the reader sees, not
// only that something renders.

// chromiumPath finds the browser: CLUSTERGRAPH_TEST_CHROMIUM, else the
// Debian package's binary. Without one the test skips, and fails under CI.
func chromiumPath(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("CLUSTERGRAPH_TEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	msg := "no Chromium for the explorer's browser tests: install the Debian package chromium (apt-get install chromium chromium-driver) or set CLUSTERGRAPH_TEST_CHROMIUM"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true, so this fails instead of skipping)")
	}
	t.Skip(msg)
	return ""
}

// artifactsDir is where screenshots and downloads go: test-artifacts/explorer
// at the repository root (gitignored), or CLUSTERGRAPH_TEST_ARTIFACTS.
func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("CLUSTERGRAPH_TEST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "test-artifacts", "explorer")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		t.Fatalf("artifacts: %v", err)
	}
	t.Logf("screenshots and downloads in %s", abs)
	return abs
}

// page is a browser tab on the explorer with what it requested and logged.
type page struct {
	t         *testing.T
	ctx       context.Context
	base      string
	artifacts string

	mu       sync.Mutex
	requests []string
	problems []string
}

func newPage(t *testing.T, base, artifacts string) *page {
	t.Helper()
	profile := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // root in CI containers
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		// Without these Chromium keeps calling home, which floods an offline network.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.Flag("lang", "en-US"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1440, 1000),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
	})
	p := &page{t: t, ctx: ctx, base: base, artifacts: artifacts}
	// Starts the browser; its life is bound to ctx, which has no deadline.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.requests = append(p.requests, ev.Request.URL)
			p.mu.Unlock()
		}
	}()
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "assert" {
				p.mu.Lock()
				p.problems = append(p.problems, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line+1))
				p.mu.Unlock()
			}
		}
	}()
	return p
}

// do runs actions with a deadline; a failure saves a screenshot.
func (p *page) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.shot("failed-" + strings.ReplaceAll(what, " ", "-"))
		p.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates JavaScript (awaiting a promise) and decodes the result.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluate %.80q: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript predicate until it is truthy.
func (p *page) waitFor(what, predicate string) {
	p.t.Helper()
	p.do("wait for "+what, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[chromedp.Void](predicate, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(45*time.Second))(ctx, t)
		return err
	}))
}

// view navigates within the page and waits until the route has rendered.
func (p *page) waitView(name string) {
	p.t.Helper()
	p.waitFor("view "+name, fmt.Sprintf(`document.querySelector('#view') && document.querySelector('#view').dataset.ready === %q && document.body.dataset.loading === "0"`, name))
}

// shot saves a full-page screenshot as test-artifacts/explorer/NAME.png.
func (p *page) shot(name string) { p.capture(name, chromedp.FullScreenshot(100)) }

// viewShot saves what the window shows (the page as scrolled), as a reader sees it.
func (p *page) viewShot(name string) { p.capture(name, chromedp.CaptureScreenshot()) }

func (p *page) capture(name string, action chromedp.Action[[]byte]) {
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, action)
	if err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(p.artifacts, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
	}
}

// offsite lists the requests that left the server under test.
func (p *page) offsite() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, u := range p.requests {
		if strings.HasPrefix(u, p.base+"/") || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") || u == "about:blank" {
			continue
		}
		out = append(out, u)
	}
	return out
}

// warmUp waits until the API answers the start page's queries. /readyz
// only pings the database; on a loaded machine a freshly started Neo4j can
// still time out heavier reads for a while (seen at load average 20+), and
// the test is about the page, not about a cold database.
func warmUp(t *testing.T, base string) {
	t.Helper()
	body := []byte(`{"query":"{ stats { entities } timeline(first: 100) { totalCount } partnerships(first: 8) { totalCount } }"}`)
	var last string
	for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			last = err.Error()
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 200 && !bytes.Contains(b, []byte(`"errors"`)) {
			return
		}
		last = string(b)
	}
	t.Fatalf("the API did not answer the start page's queries within 3 minutes; last: %.300s", last)
}

type apiPartner struct {
	Role string
	Node struct {
		ID, Name, Type string
		Country        *string
		BasedIn        struct{ Edges []struct{ Node named } }
	}
	Evidence []struct {
		Text       string
		Start, End int
		Document   struct{ ID, Title string }
	}
}

type shownPartner struct {
	ID, Name, Role, Based string
	Sentences             []string
	Sources               []string
}

func TestExplorerInBrowser(t *testing.T) {
	chromiumPath(t) // skip before starting the database when there is no browser
	base := startUp(t)
	warmUp(t, base)
	art := artifactsDir(t)
	p := newPage(t, base, art)
	// English, so the assertions below read one language; the switch is tested at the end.
	p.do("open the explorer", chromedp.Navigate(base+"/"), chromedp.Evaluate[chromedp.Void](`localStorage.setItem("clustergraph.lang", "en")`), chromedp.Reload())
	p.waitView("home")
	p.shot("01-home")
	t.Run("home shows the counts and the timeline of events", func(t *testing.T) {
		var st struct {
			Stats    struct{ Entities, Documents, Relationships int }
			Timeline struct{ Edges []struct{ Node named } }
		}
		gql(t, base, `{ stats { entities documents relationships } timeline(first: 100) { edges { node { id name type } } } }`, nil, &st)
		counts := eval[[]string](p, `[...document.querySelectorAll('.stat strong')].map(s => s.textContent.replace(/\D/g, ""))`)
		want := []string{fmt.Sprint(st.Stats.Entities), fmt.Sprint(st.Stats.Documents), fmt.Sprint(st.Stats.Relationships)}
		if !slices.Equal(counts, want) {
			t.Errorf("home counts = %q, want %q", counts, want)
		}
		events := eval[[]string](p, `[...document.querySelectorAll('.timeline a.entity-link')].map(a => a.dataset.id)`)
		var wantEvents []string
		for _, e := range st.Timeline.Edges {
			wantEvents = append(wantEvents, e.Node.ID)
		}
		if len(wantEvents) == 0 || !slices.Equal(events, wantEvents) {
			t.Errorf("home timeline = %q, want %q", events, wantEvents)
		}
	})

	// The API's answers, which the page must show.
	proj := findOne(t, base, "TRACE-KEI", "Project")
	var api struct {
		Entity struct {
			Partners struct{ Edges []apiPartner }
		}
	}
	gql(t, base, `query($id: ID!) { entity(id: $id) { ... on Project { partners(first: 50) { edges { role
		node { id name type ... on Cluster { country basedIn(first: 3) { edges { node { id name type } } } } ... on Organization { country basedIn(first: 3) { edges { node { id name type } } } } ... on Association { country basedIn(first: 3) { edges { node { id name type } } } } }
		evidence { text start end document { id title } } } } } } }`, map[string]any{"id": proj.ID}, &api)
	wantPartners := api.Entity.Partners.Edges
	if len(wantPartners) < 3 {
		t.Fatalf("the API lists %d partners of %s; the test needs several", len(wantPartners), proj.Name)
	}

	t.Run("search lists the project under its type", func(t *testing.T) {
		p.do("search", chromedp.SendKeys(chromedp.ID("q"), "TRACE-KEI\n"))
		p.waitView("search")
		got := eval[[]string](p, `[...document.querySelectorAll('#view .result-group[data-type="Project"] a.entity-link')].map(a => a.dataset.id + "|" + a.textContent)`)
		if !slices.Contains(got, proj.ID+"|"+proj.Name) {
			t.Errorf("search results under Projects = %q, want %s (%s)", got, proj.Name, proj.ID)
		}
		p.shot("02-search")
	})

	t.Run("the project shows its partners, roles, countries and evidence", func(t *testing.T) {
		p.do("open the project", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#view a.entity-link[data-id=%q]`, proj.ID))))
		p.waitView("entity")
		title := eval[string](p, `document.querySelector('.entity-head h1').textContent`)
		if title != proj.Name {
			t.Errorf("entity heading = %q, want %q", title, proj.Name)
		}
		// Beside the entity, the results panel keeps the search.
		side := eval[[]string](p, `getComputedStyle(document.querySelector('#results')).display === "none" ? [] : [...document.querySelectorAll('#results a.entity-link')].map(a => a.dataset.id)`)
		if !slices.Contains(side, proj.ID) {
			t.Errorf("results panel beside the entity = %q, want %s in it", side, proj.ID)
		}
		shown := eval[[]shownPartner](p, `[...document.querySelectorAll('#partners tbody.partner')].map(b => ({
			ID: b.dataset.id,
			Name: b.querySelector('.name .entity-link').textContent,
			Role: (b.querySelector('.role-cell') || {}).textContent || "",
			Based: b.querySelector('.based').textContent,
			Sentences: [...b.querySelectorAll('blockquote.evidence .sentence')].map(s => s.textContent),
			Sources: [...b.querySelectorAll('blockquote.evidence a.source')].map(a => a.getAttribute('href')),
		}))`)
		if len(shown) != len(wantPartners) {
			t.Errorf("the page shows %d partners, the API %d", len(shown), len(wantPartners))
		}
		byID := map[string]shownPartner{}
		for _, s := range shown {
			byID[s.ID] = s
		}
		for _, w := range wantPartners {
			s, ok := byID[w.Node.ID]
			if !ok {
				t.Errorf("partner %s (%s) is not shown", w.Node.Name, w.Node.ID)
				continue
			}
			if s.Name != w.Node.Name || s.Role != w.Role {
				t.Errorf("partner %s shown as %q role %q, want role %q", w.Node.ID, s.Name, s.Role, w.Role)
			}
			for _, b := range w.Node.BasedIn.Edges {
				if !strings.Contains(s.Based, b.Node.Name) {
					t.Errorf("partner %s: based in %q, want %q in it", w.Node.Name, s.Based, b.Node.Name)
				}
			}
			if len(w.Evidence) > 0 && (len(s.Sentences) == 0 || s.Sentences[0] != w.Evidence[0].Text) {
				t.Errorf("partner %s: evidence %q, want %q", w.Node.Name, s.Sentences, w.Evidence[0].Text)
			}
		}
		// The seeds say who coordinates and where partners come from.
		for name, want := range map[string][2]string{"DARE": {"coordinator", "Италия"}, "INNOSKART": {"partner", "Унгария"}} {
			found := false
			for _, s := range shown {
				if s.Name == name {
					found = true
					if s.Role != want[0] || !strings.Contains(s.Based, want[1]) {
						t.Errorf("%s: role %q, based in %q; want %s from %s", name, s.Role, s.Based, want[0], want[1])
					}
				}
			}
			if !found {
				t.Errorf("%s is not among the partners shown", name)
			}
		}
		p.waitFor("graph drawn", `Number((document.querySelector('#graph') || {dataset: {}}).dataset.nodes) > 1`)
		p.shot("03-project")
	})

	t.Run("clicking a node expands the graph", func(t *testing.T) {
		before := eval[int](p, `window.clustergraph.cy.nodes().length`)
		shownIDs := eval[[]string](p, `window.clustergraph.cy.nodes().map(n => n.id())`)
		// A neighbour with neighbours of its own that are not shown yet,
		// drawn clear of the other nodes so that the click can only hit it.
		type point struct {
			X, Y  float64
			Clear bool
		}
		var target string
		var want int
		var pt point
		for _, id := range shownIDs {
			if id == proj.ID {
				continue
			}
			var nb struct {
				Neighborhood struct{ Nodes []struct{ ID string } }
			}
			gql(t, base, `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 150) { nodes { id } } }`, map[string]any{"id": id}, &nb)
			union := map[string]bool{}
			for _, s := range shownIDs {
				union[s] = true
			}
			for _, n := range nb.Neighborhood.Nodes {
				union[n.ID] = true
			}
			if len(union) == len(shownIDs) {
				continue
			}
			pt = eval[point](p, fmt.Sprintf(`(() => {
				const cy = window.clustergraph.cy, n = cy.getElementById(%q);
				cy.center(n);
				const r = n.renderedPosition(), box = cy.container().getBoundingClientRect();
				const clear = cy.nodes().every(o => o === n || Math.hypot(o.renderedPosition().x - r.x, o.renderedPosition().y - r.y) > o.renderedWidth());
				return {X: box.left + r.x, Y: box.top + r.y, Clear: clear};
			})()`, id))
			if pt.Clear {
				target, want = id, len(union)
				break
			}
		}
		if target == "" {
			t.Fatalf("no node of %v has neighbours outside the graph and is drawn clear of the others", shownIDs)
		}
		// Click where the node is drawn, like a reader would.
		p.do("click the node", chromedp.MouseClickXY(pt.X, pt.Y))
		p.waitFor("expanded", fmt.Sprintf(`window.clustergraph.graph.expanded.has(%q) && document.body.dataset.loading === "0" && window.clustergraph.cy.nodes().length > %d`, target, before))
		after := eval[int](p, `Number(document.querySelector('#graph').dataset.nodes)`)
		if after != want {
			t.Errorf("after expanding %s the graph has %d nodes, want %d (was %d)", target, after, want, before)
		}
		if sel := eval[string](p, `window.clustergraph.graph.selected || ""`); sel != target {
			t.Errorf("selected node = %q, want %q", sel, target)
		}
		p.shot("04-expanded")
	})

	t.Run("clicking an edge explains it with its evidence", func(t *testing.T) {
		type edgeAt struct {
			Source string
			X, Y   float64
		}
		// A partner edge whose midpoint is clear of every other edge and node,
		// so that the click can only hit it.
		e := eval[edgeAt](p, fmt.Sprintf(`(() => {
			const cy = window.clustergraph.cy;
			cy.fit(undefined, 30);
			const dist = (p, a, b) => {
				const dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy;
				const t = l ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l)) : 0;
				return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
			};
			const box = cy.container().getBoundingClientRect();
			for (const e of cy.edges().filter(e => e.data("type") === "PARTNER_IN" && e.data("target") === %q)) {
				const m = e.renderedMidpoint();
				const clear = cy.edges().every(o => o === e || dist(m, o.source().renderedPosition(), o.target().renderedPosition()) > 8) &&
					cy.nodes().every(n => Math.hypot(n.renderedPosition().x - m.x, n.renderedPosition().y - m.y) > n.renderedWidth());
				if (clear) return {Source: e.data("source"), X: box.left + m.x, Y: box.top + m.y};
			}
			return {Source: ""};
		})()`, proj.ID))
		if e.Source == "" {
			t.Fatal("no partner edge of the project is drawn clear of the others")
		}
		var want apiPartner
		for _, w := range wantPartners {
			if w.Node.ID == e.Source {
				want = w
			}
		}
		p.do("click the edge", chromedp.MouseClickXY(e.X, e.Y))
		p.waitFor("edge explained", `document.querySelector('#edge-info .edge-line') !== null && document.body.dataset.loading === "0"`)
		line := eval[[]string](p, `[...document.querySelectorAll('#edge-info .edge-line a.entity-link')].map(a => a.dataset.id)`)
		if !slices.Equal(line, []string{e.Source, proj.ID}) {
			t.Errorf("edge explained between %q, want %s and %s", line, e.Source, proj.ID)
		}
		if len(want.Evidence) > 0 {
			got := eval[string](p, `(document.querySelector('#edge-info blockquote.evidence .sentence') || {}).textContent || ""`)
			if got != want.Evidence[0].Text {
				t.Errorf("edge evidence = %q, want %q", got, want.Evidence[0].Text)
			}
		}
	})

	t.Run("exports: GraphML and PNG of the graph as shown", func(t *testing.T) {
		// The graph holds the node expanded above: the export has exactly
		// the nodes on screen, not the server's neighbourhood of the centre.
		shown := eval[[]string](p, `window.clustergraph.cy.nodes().map(n => n.id())`)
		shownEdges := eval[int](p, `window.clustergraph.cy.edges().length`)
		href := eval[string](p, `document.querySelector('#export-graph-graphml').href`)
		u, err := url.Parse(href)
		if err != nil || !strings.HasSuffix(u.Path, "/export/graph.graphml") {
			t.Fatalf("GraphML button links to %q", href)
		}
		linked := strings.Split(u.Query().Get("ids"), ",")
		slices.Sort(linked)
		slices.Sort(shown)
		if !slices.Equal(linked, shown) {
			t.Fatalf("GraphML button exports %v, the graph shows %v", linked, shown)
		}
		resp, err := http.Get(href)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s = %d %s", href, resp.StatusCode, body)
		}
		var doc struct {
			XMLName xml.Name
			Graph   struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct{} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("GraphML does not parse: %v", err)
		}
		if doc.XMLName.Local != "graphml" || !slices.ContainsFunc(doc.Graph.Nodes, func(n struct {
			ID string `xml:"id,attr"`
		}) bool {
			return n.ID == proj.ID
		}) || len(doc.Graph.Nodes) != len(shown) || len(doc.Graph.Edges) < shownEdges {
			t.Errorf("GraphML root %s with %d nodes and %d edges; want %s among %d nodes and at least the %d edges shown",
				doc.XMLName.Local, len(doc.Graph.Nodes), len(doc.Graph.Edges), proj.ID, len(shown), shownEdges)
		}
		_ = os.WriteFile(filepath.Join(art, "export.graphml"), body, 0o644)

		// The PNG button downloads a picture of the graph as shown.
		dl := t.TempDir()
		if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: "allow", DownloadPath: dl}); err != nil {
			t.Fatalf("allow downloads: %v", err)
		}
		p.do("click PNG", chromedp.Click(chromedp.ID("export-png")))
		var png []byte
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && png == nil; time.Sleep(100 * time.Millisecond) {
			files, _ := filepath.Glob(filepath.Join(dl, "*.png"))
			if len(files) == 1 {
				png, _ = os.ReadFile(files[0])
			}
		}
		if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 2000 {
			t.Fatalf("the PNG export gave %d bytes, not a picture", len(png))
		}
		_ = os.WriteFile(filepath.Join(art, "export-graph.png"), png, 0o644)
	})

	t.Run("evidence links to the document with the sentence and names highlighted", func(t *testing.T) {
		w := wantPartners[0]
		for _, c := range wantPartners {
			if c.Role == "coordinator" && len(c.Evidence) > 0 {
				w = c
			}
		}
		if len(w.Evidence) == 0 {
			t.Fatalf("partner %s has no evidence", w.Node.Name)
		}
		ev := w.Evidence[0]
		p.do("follow the evidence link", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#partners tbody.partner[data-id=%q] blockquote.evidence a.source`, w.Node.ID))))
		p.waitView("doc")
		var d struct {
			Document struct{ Text string }
			Nodes    []struct {
				Name     string
				Mentions []struct {
					Document struct{ ID string }
					Spans    []struct{ Text string }
				}
			}
		}
		gql(t, base, `query($id: ID!, $ids: [ID!]!) { document(id: $id) { text } nodes(ids: $ids) { ... on Entity { name mentions { document { id } spans { text } } } } }`,
			map[string]any{"id": ev.Document.ID, "ids": []string{w.Node.ID, proj.ID}}, &d)
		if got := eval[string](p, `document.querySelector('#doc-text').textContent`); got != d.Document.Text {
			t.Errorf("the page shows a text of %d characters, the document has %d", len([]rune(got)), len([]rune(d.Document.Text)))
		}
		if got := eval[string](p, `[...document.querySelectorAll('#doc-text .hl-sentence')].map(e => e.textContent).join("")`); got != ev.Text {
			t.Errorf("highlighted sentence = %q, want %q", got, ev.Text)
		}
		marks := eval[[]string](p, `[...document.querySelectorAll('#doc-text mark.hl-mention')].map(e => e.textContent)`)
		var surfaces []string
		for _, n := range d.Nodes {
			for _, m := range n.Mentions {
				if m.Document.ID == ev.Document.ID {
					for _, s := range m.Spans {
						surfaces = append(surfaces, s.Text)
					}
				}
			}
		}
		if len(marks) == 0 {
			t.Errorf("no mention highlighted in the sentence %q", ev.Text)
		}
		for _, m := range marks {
			if !slices.Contains(surfaces, m) || !strings.Contains(ev.Text, m) {
				t.Errorf("highlighted %q is not a mention in the sentence (mentions %q)", m, surfaces)
			}
		}
		p.viewShot("05-document")
	})

	t.Run("how the project is connected to an entity two links away", func(t *testing.T) {
		var near, far struct {
			Neighborhood struct{ Nodes []named }
		}
		gql(t, base, `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { nodes { id name type } } }`, map[string]any{"id": proj.ID}, &near)
		gql(t, base, `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id name type } } }`, map[string]any{"id": proj.ID}, &far)
		var target named
		for _, n := range far.Neighborhood.Nodes {
			if !slices.ContainsFunc(near.Neighborhood.Nodes, func(m named) bool { return m.ID == n.ID }) {
				target = n
				break
			}
		}
		if target.ID == "" {
			t.Fatalf("nothing is two links from %s", proj.Name)
		}
		var api struct {
			Path struct{ Nodes []named }
		}
		gql(t, base, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { nodes { id name type } } }`, map[string]any{"a": proj.ID, "b": target.ID}, &api)

		p.do("open the project", chromedp.Navigate(base+"/#/entity/"+url.PathEscape(proj.ID)))
		p.waitView("entity")
		p.do("ask for the connection", chromedp.SendKeys(chromedp.ID("path-q"), target.Name))
		sel := fmt.Sprintf(`#path-suggestions a[data-id=%q]`, target.ID)
		p.waitFor("the entity among the suggestions", fmt.Sprintf(`document.querySelector(%q) !== null`, sel))
		p.do("pick it", chromedp.Click(chromedp.CSS(sel)))
		p.waitFor("the path", fmt.Sprintf(`location.hash.endsWith(%q) && document.querySelector('#path') !== null && document.body.dataset.loading === "0" && window.clustergraph.cy.nodes('.path').length > 0`, "?to="+url.QueryEscape(target.ID)))
		shown := eval[[]string](p, `[...document.querySelectorAll('#path .path-node a.entity-link')].map(a => a.dataset.id)`)
		var want []string
		for _, n := range api.Path.Nodes {
			want = append(want, n.ID)
		}
		if !slices.Equal(shown, want) || len(want) != 3 {
			t.Errorf("the page's path = %q, the API's %q", shown, want)
		}
		if n := eval[int](p, `document.querySelectorAll('#path .path-edge blockquote.evidence').length`); n != len(want)-1 {
			t.Errorf("%d links of the path show evidence, want %d", n, len(want)-1)
		}
		marked := eval[[]string](p, `window.clustergraph.cy.nodes('.path').map(n => n.id()).sort()`)
		slices.Sort(want)
		if !slices.Equal(marked, want) {
			t.Errorf("the graph marks %q as the path, want %q", marked, want)
		}
		// Also the picture of the README (docs/explorer.png is a copy of it).
		p.do("scroll to the top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
		p.viewShot("readme")
	})

	t.Run("Bulgarian interface, remembered", func(t *testing.T) {
		p.do("back to the project", chromedp.Navigate(base+"/#/entity/"+url.PathEscape(proj.ID)))
		p.waitView("entity")
		p.do("switch language", chromedp.Click(chromedp.ID("lang")))
		p.waitView("entity")
		p.do("reload", chromedp.Reload())
		p.waitView("entity")
		got := eval[[]string](p, `[document.documentElement.lang, document.querySelector('form.search button').textContent, document.querySelector('#partners').closest('.card').querySelector('h2').textContent]`)
		if !slices.Equal(got, []string{"bg", "Търси", "Партньори"}) {
			t.Errorf("after switching to Bulgarian and reloading: lang, button, heading = %q", got)
		}
		p.waitFor("graph drawn", `Number((document.querySelector('#graph') || {dataset: {}}).dataset.nodes) > 1`)
		p.shot("07-project-bg")
	})

	t.Run("a Latin query typed on the search view finds the Cyrillic names", func(t *testing.T) {
		const q = "zelena sinergiya"
		var res struct {
			Search struct{ Edges []struct{ Node named } }
		}
		gql(t, base, `query($q: String!) { search(query: $q, first: 50) { edges { node { id name type } } } }`, map[string]any{"q": q}, &res)
		var want []string
		for _, e := range res.Search.Edges {
			want = append(want, e.Node.ID)
		}
		if len(want) == 0 {
			t.Fatalf("the API finds nothing for %q", q)
		}
		slices.Sort(want)
		p.do("open the search view", chromedp.Navigate(base+"/#/search/TRACE-KEI"))
		p.waitView("search")
		p.do("type", chromedp.Evaluate[chromedp.Void](`document.querySelector('#q').value = ""`), chromedp.SendKeys(chromedp.ID("q"), q))
		p.waitFor("results for the typed query", fmt.Sprintf(`location.hash === %q && document.querySelector('#view').dataset.ready === "search" && document.body.dataset.loading === "0"`, "#/search/"+url.PathEscape(q)))
		got := eval[[]string](p, `[...document.querySelectorAll('#view a.entity-link')].map(a => a.dataset.id).sort()`)
		if !slices.Equal(got, want) {
			t.Errorf("the page lists %q for %q, the API %q", got, q, want)
		}
		if v := eval[string](p, `document.querySelector('#q').value`); v != q {
			t.Errorf("the search box holds %q after the view changed, want what was typed (%q)", v, q)
		}
	})

	t.Run("the playground runs a query", func(t *testing.T) {
		p.do("open the playground", chromedp.Navigate(base+"/playground"))
		p.waitFor("GraphiQL", `document.querySelector('.graphiql-execute-button') !== null`)
		p.do("run", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
		p.waitFor("result", `(document.querySelector('.result-window') || {}).textContent && document.querySelector('.result-window').textContent.includes('"search"')`)
		res := eval[string](p, `document.querySelector('.result-window').textContent`)
		if !strings.Contains(res, `"edges"`) || strings.Contains(res, `"errors"`) {
			t.Errorf("GraphiQL result: %.300s", res)
		}
		p.shot("08-playground")
	})

	if off := p.offsite(); len(off) > 0 {
		t.Errorf("the pages requested other servers: %q", off)
	}
	p.mu.Lock()
	problems := slices.Clone(p.problems)
	p.mu.Unlock()
	for _, pr := range problems {
		t.Errorf("browser console: %s", pr)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/dbtest"
)

// gql posts a GraphQL query and decodes data into out; errors fail the test.
func gql(t *testing.T, base, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var env struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatal(err)
	}
	if len(env.Errors) > 0 {
		t.Fatalf("graphql errors: %+v\nquery: %s", env.Errors, query)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatalf("decode %s: %v", env.Data, err)
	}
}

// startUp runs `up` on the seeds against the test database and returns
// the base URL; the server stops when the test ends.
func startUp(t *testing.T) string {
	t.Helper()
	db := dbtest.Open(t)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		args := append([]string{"--log-level", "warn", "up", "--addr", addr}, dbArgs(db)...)
		done <- run(ctx, append(args, seedsDir(t)), &out, &errs)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		if t.Failed() {
			t.Logf("server log:\n%s", errs.String())
		}
	})
	base := "http://" + addr
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return base
			}
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("up exited %d:\n%s%s", code, out.String(), errs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("up did not serve in time:\n%s%s", out.String(), errs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type named struct {
	ID, Name, Type string
}

func findOne(t *testing.T, base, query, typ string) named {
	t.Helper()
	var res struct {
		Search struct{ Edges []struct{ Node named } }
	}
	gql(t, base, `query($q: String!, $t: [EntityType!]) { search(query: $q, types: $t, first: 5) { edges { node { id name type } } } }`,
		map[string]any{"q": query, "t": []string{typ}}, &res)
	if len(res.Search.Edges) == 0 {
		t.Fatalf("search %q (%s) found nothing", query, typ)
	}
	return res.Search.Edges[0].Node
}

// TestAnalystQuestionsOnSeeds asks, over real HTTP against the seeds loaded
// by `up`, the questions a careful reader of the seeds can answer.
func TestAnalystQuestionsOnSeeds(t *testing.T) {
	base := startUp(t)

	t.Run("TRACE-KEI partners, their countries and the coordinator", func(t *testing.T) {
		p := findOne(t, base, "TRACE-KEI", "Project")
		var res struct {
			Entity struct {
				Partners struct {
					Edges []struct {
						Role string
						Node struct {
							Name    string
							BasedIn struct{ Edges []struct{ Node named } }
						}
						Evidence []struct{ Text string }
					}
				}
				FundedBy struct{ Edges []struct{ Node named } }
			}
		}
		gql(t, base, `query($id: ID!) { entity(id: $id) { ... on Project {
			partners(first: 50) { edges { role evidence { text } node { name
				... on Cluster { basedIn { edges { node { id name type } } } }
				... on Organization { basedIn { edges { node { id name type } } } } } } }
			fundedBy { edges { node { id name type } } } } } }`, map[string]any{"id": p.ID}, &res)
		countries := map[string]string{}
		roles := map[string]string{}
		for _, e := range res.Entity.Partners.Edges {
			roles[e.Node.Name] = e.Role
			for _, b := range e.Node.BasedIn.Edges {
				countries[e.Node.Name] = b.Node.Name
			}
			if len(e.Evidence) == 0 {
				t.Errorf("partner %s has no evidence", e.Node.Name)
			}
		}
		if len(res.Entity.Partners.Edges) < 7 {
			t.Errorf("want the seven partners, got %v", roles)
		}
		if roles["DARE"] != "coordinator" {
			t.Errorf("DARE should be the coordinator: %v", roles)
		}
		for name, country := range map[string]string{"DARE": "Италия", "INNOSKART": "Унгария", "BIOMASTEC": "Германия", "MADAN PARQUE": "Португалия", "Зелена синергия": "България"} {
			if countries[name] != country {
				t.Errorf("%s: country %q, want %q (all: %v)", name, countries[name], country, countries)
			}
		}
		found := false
		for _, f := range res.Entity.FundedBy.Edges {
			found = found || strings.Contains(f.Node.Name, "Cluster Excellence")
		}
		if !found {
			t.Errorf("TRACE-KEI should be funded by Cluster Excellence: %+v", res.Entity.FundedBy)
		}
	})

	t.Run("who organised the regional meeting in Varna", func(t *testing.T) {
		varna := findOne(t, base, "Варна", "Place")
		var tl struct {
			Timeline struct {
				Edges []struct {
					Node struct {
						ID, Name string
						Start    *string
					}
				}
			}
		}
		gql(t, base, `query($p: ID!) { timeline(place: $p, first: 20) { edges { node { id name ... on Event { start } } } } }`, map[string]any{"p": varna.ID}, &tl)
		var meeting string
		for _, e := range tl.Timeline.Edges {
			if strings.Contains(e.Node.Name, "Иновационен растеж") {
				meeting = e.Node.ID
			}
		}
		if meeting == "" {
			t.Fatalf("the regional meeting is not on Varna's timeline: %+v", tl)
		}
		var ev struct {
			Entity struct {
				Organizers struct {
					Edges []struct {
						Role string
						Node named
					}
				}
			}
		}
		gql(t, base, `query($id: ID!) { entity(id: $id) { ... on Event { organizers { edges { role node { id name type } } } } } }`, map[string]any{"id": meeting}, &ev)
		var got []string
		for _, e := range ev.Entity.Organizers.Edges {
			got = append(got, e.Node.Name)
		}
		all := strings.Join(got, "|")
		for _, want := range []string{"Морски клъстер България", "Зелена синергия", "Асоциация на бизнес клъстерите"} {
			if !strings.Contains(all, want) {
				t.Errorf("organisers %v lack %s", got, want)
			}
		}
	})

	t.Run("what funded the conference of September 2020", func(t *testing.T) {
		var tl struct {
			Timeline struct{ Edges []struct{ Node named } }
		}
		gql(t, base, `{ timeline(from: "2020-09-01", to: "2020-09-30", first: 10) { edges { node { id name type } } } }`, nil, &tl)
		var conf string
		for _, e := range tl.Timeline.Edges {
			if e.Node.Type == "Event" && strings.Contains(e.Node.Name, "Биоикономиката") {
				conf = e.Node.ID
			}
		}
		if conf == "" {
			t.Fatalf("no conference in September 2020: %+v", tl)
		}
		var fl struct {
			FundingLinks []struct {
				Nodes []named
				Edges []struct {
					Type     string
					Evidence []struct{ Text string }
				}
			}
		}
		gql(t, base, `query($id: ID!) { fundingLinks(of: $id) { nodes { id name type } edges { type evidence { text } } } }`, map[string]any{"id": conf}, &fl)
		var chain []string
		for _, p := range fl.FundingLinks {
			for _, n := range p.Nodes {
				chain = append(chain, n.Name)
			}
			for _, e := range p.Edges {
				if len(e.Evidence) == 0 {
					t.Errorf("funding edge %s without evidence", e.Type)
				}
			}
		}
		all := strings.Join(chain, " → ")
		for _, want := range []string{"Иновации и конкурентоспособност", "Европейски фонд за регионално развитие"} {
			if !strings.Contains(all, want) {
				t.Errorf("funding chains %q lack %s", all, want)
			}
		}
	})
}

package extract

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// WriteText writes g in a readable form: the documents, then the entities by
// type with their aliases, properties and mention count, then the relations
// with names instead of ids and the first piece of evidence.
func WriteText(w io.Writer, g *kg.Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "extractor %s %s\n", g.Extractor.Name, g.Extractor.Version)
	fmt.Fprintf(bw, "\n%d documents\n", len(g.Documents))
	for _, d := range g.Documents {
		pub := "-"
		if d.Published != nil {
			pub = *d.Published
		}
		fmt.Fprintf(bw, "  %s  %s  %s  %q\n", d.ID, pub, d.Path, d.Title)
	}
	names := make(map[string]string, len(g.Entities))
	for _, e := range g.Entities {
		names[e.ID] = fmt.Sprintf("%s %q", e.Type, e.Name)
	}
	fmt.Fprintf(bw, "\n%d entities\n", len(g.Entities))
	for _, e := range g.Entities {
		fmt.Fprintf(bw, "  %-12s %s  [%d mentions]  %s\n", e.Type, e.Name, len(e.Mentions), e.ID)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(bw, "      aliases: %s\n", strings.Join(e.Aliases, " | "))
		}
		var props []string
		for k, v := range e.Properties {
			if k == "latinAliases" {
				continue
			}
			props = append(props, fmt.Sprintf("%s=%v", k, v))
		}
		sort.Strings(props)
		if len(props) > 0 {
			fmt.Fprintf(bw, "      %s\n", strings.Join(props, "  "))
		}
	}
	fmt.Fprintf(bw, "\n%d relations\n", len(g.Relations))
	for _, r := range g.Relations {
		prop := ""
		if v, ok := r.Properties["role"]; ok {
			prop = fmt.Sprintf(" (role=%v)", v)
		}
		if v, ok := r.Properties["title"]; ok {
			prop = fmt.Sprintf(" (title=%v)", v)
		}
		fmt.Fprintf(bw, "  %s -[%s%s]-> %s\n", names[r.From], r.Type, prop, names[r.To])
		if len(r.Evidence) > 0 {
			ev := r.Evidence[0].Text
			if rs := []rune(ev); len(rs) > 160 {
				ev = string(rs[:157]) + "..."
			}
			fmt.Fprintf(bw, "      %d evidence; %q\n", len(r.Evidence), ev)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text graph: %w", err)
	}
	return nil
}

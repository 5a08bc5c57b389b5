package store

import (
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph/model"
)

// str returns m[k] as a string ("" when absent or not a string).
func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

// optStr returns m[k] as a non-empty string pointer, or nil.
func optStr(m map[string]any, k string) *string {
	s, ok := m[k].(string)
	if !ok || s == "" {
		return nil
	}
	return &s
}

// integer returns m[k] as an int (0 when absent).
func integer(m map[string]any, k string) int {
	return toInt(m[k])
}

func toInt(v any) int {
	switch x := v.(type) {
	case int64:
		return int(x)
	case int:
		return x
	case float64:
		return int(x)
	}
	return 0
}

// strs returns m[k] as a string list.
func strs(m map[string]any, k string) []string {
	return toStrs(m[k])
}

func toStrs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func ints(m map[string]any, k string) []int {
	l, _ := m[k].([]any)
	out := make([]int, 0, len(l))
	for _, x := range l {
		out = append(out, toInt(x))
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// entity decodes an entity projection; nil when v is null or has an unknown type.
func entity(v any) model.Entity {
	m := asMap(v)
	if m == nil {
		return nil
	}
	return model.NewEntity(model.EntityBase{
		ID:       str(m, "id"),
		Name:     str(m, "name"),
		Type:     model.EntityType(str(m, "type")),
		Aliases:  strs(m, "aliases"),
		Latin:    optStr(m, "latin"),
		DocCount: integer(m, "docCount"),
		Acronym:  optStr(m, "acronym"),
		Country:  optStr(m, "country"),
		Code:     optStr(m, "code"),
		Start:    optStr(m, "start"),
		End:      optStr(m, "end"),
	})
}

// entities decodes a list of entity projections, skipping unknown ones.
func entities(v any) []model.Entity {
	var out []model.Entity
	for _, x := range asList(v) {
		if e := entity(x); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// document decodes a document projection; nil when v is null.
func document(v any) *model.Document {
	m := asMap(v)
	if m == nil {
		return nil
	}
	return &model.Document{
		ID:        str(m, "id"),
		Path:      str(m, "path"),
		URL:       optStr(m, "url"),
		Title:     str(m, "title"),
		Published: optStr(m, "published"),
		Hash:      optStr(m, "hash"),
		Extractor: optStr(m, "extractor"),
	}
}

// relationship decodes a relProj projection; nil when v is null.
func relationship(v any) *model.Relationship {
	m := asMap(v)
	if m == nil {
		return nil
	}
	r := &model.Relationship{
		Type:        model.RelationType(str(m, "type")),
		From:        str(m, "from"),
		To:          str(m, "to"),
		Key:         str(m, "key"),
		Role:        optStr(m, "role"),
		Title:       optStr(m, "title"),
		DocumentIds: strs(m, "docs"),
	}
	docs, starts, ends, texts := strs(m, "evDocs"), ints(m, "evStarts"), ints(m, "evEnds"), strs(m, "evTexts")
	for i := range docs {
		ev := &model.Evidence{DocumentID: docs[i]}
		if i < len(starts) {
			ev.Start = starts[i]
		}
		if i < len(ends) {
			ev.End = ends[i]
		}
		if i < len(texts) {
			ev.Text = texts[i]
		}
		r.Evidence = append(r.Evidence, ev)
	}
	return r
}

func relationships(v any) []*model.Relationship {
	var out []*model.Relationship
	for _, x := range asList(v) {
		if r := relationship(x); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// get returns the value of key in rec, or an error naming the query.
func get(rec *neo4j.Record, key string) (any, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("result has no column %q", key)
	}
	return v, nil
}

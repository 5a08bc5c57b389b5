package extract

import (
	"context"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// FuzzExtract checks that no input makes the extractor panic or break the
// output contract (spans in range and equal to the text, endpoints present,
// closed type sets).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Клъстер „Зелена синергия“ участва в общо събрание на АБК на 11.05.2018 г. в гр. Пловдив.",
		"„„„“““ „ “ ” « » \" ' ‘ ’",
		"Председателят на УС на ИКТ Клъстер Иван Петров. г-н д-р инж. проф.",
		"28-29.09.2020 31.05-01.06.2018 5 юли 30 май – 1 юни 2019 99.99.9999",
		"BG16RFOP002-2.052-0001 BG 161 PO 003 – 2.4.02 – 0075 – C0001/26.09.2013",
		"(((АБК))) ( ) () (X) Клъстер (",
		"• DARE от Италия – координатор\n• X от\n:",
		"\xff\xfe\x00\u202e\u200b\ufeffабв",
		"The Danube Cluster Network (DCN) was founded in Vienna. Mr John Smith, CEO of DCN, said.",
	} {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, s string) {
		pub := "2020-01-01"
		docs := []kg.Document{{ID: "a", Text: s, Published: &pub}, {ID: "b", Text: s + "\n" + s}}
		g, err := x.Extract(context.Background(), docs)
		if err != nil {
			t.Fatalf("extract: %v", err)
		}
		checkGraph(t, docs, g)
	})
}

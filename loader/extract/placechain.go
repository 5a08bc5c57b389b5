package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// heldInChain gives an event every place its venue lies in: held in a
// venue that the same document puts in a town ("в хотел „X“ в Пловдив"),
// it was held in the town too, and in the country the town is written with
// ("Билбао, Испания"). The convention wants every place the text gives for
// an event, venue and town alike. The evidence is the sentence of the venue
// and that of the chain.
func (r *run) heldInChain() {
	up := r.relsByDocFrom(kg.PartOf, func(k relKey) bool { return k.from.typ == kg.Place && k.to.typ == kg.Place })
	held := r.relOrder // addSpan appends; the places added are walked below
	for _, k := range held {
		if k.typ != kg.HeldIn {
			continue
		}
		for _, sp := range r.rels[k].Evidence {
			// up the chain, at most three steps (hall, venue, town, country)
			seen := map[*group]bool{k.to: true}
			frontier := []*group{k.to}
			for step := 0; step < 3 && len(frontier) > 0; step++ {
				var next []*group
				for _, p := range frontier {
					for _, pk := range up[docFrom{sp.Document, p}] {
						if seen[pk.to] {
							continue
						}
						seen[pk.to] = true
						next = append(next, pk.to)
						r.addSpan(kg.HeldIn, k.from, pk.to, sp)
						for _, ps := range r.rels[pk].Evidence {
							if ps.Document == sp.Document {
								r.addSpan(kg.HeldIn, k.from, pk.to, ps)
							}
						}
					}
				}
				frontier = next
			}
		}
	}
}

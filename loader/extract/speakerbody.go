package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// speakerBodies lets a body take part the way its people did: a person the
// same document introduces with a role in a body ("X, директор на Y", "X от
// Y") acts for it. A speaker's body is PRESENTED_AT the event too, beside
// any ORGANIZED; an attendee's body PARTICIPATED_IN it, unless it already
// organised or presented there (conventions settled on 2026-12-02). The
// evidence is the sentence of the act and the one of the role. A
// PARTICIPATED_IN of a pair that also presented is then subsumed.
func (r *run) speakerBodies() {
	roles := r.relsByDocFrom(kg.HoldsRole, nil)
	acts := r.relOrder // addSpan appends; read only the acts there were
	// talks first, so that an attendee's body that presented stays a presenter
	for _, t := range []kg.RelationType{kg.PresentedAt, kg.ParticipatedIn} {
		for _, k := range acts {
			if k.typ != t || k.from.typ != kg.Person {
				continue
			}
			for _, sp := range r.rels[k].Evidence {
				for _, rk := range roles[docFrom{sp.Document, k.from}] {
					if t == kg.ParticipatedIn && r.takesPart(rk.to, k.to) {
						continue
					}
					r.addSpan(t, rk.to, k.to, sp)
					for _, rs := range r.rels[rk].Evidence {
						if rs.Document == sp.Document {
							r.addSpan(t, rk.to, k.to, rs)
						}
					}
				}
			}
		}
	}
}

// takesPart reports whether body already organised or presented at event.
func (r *run) takesPart(body, event *group) bool {
	body, event = body.final(), event.final()
	for _, t := range []kg.RelationType{kg.Organized, kg.PresentedAt} {
		if _, ok := r.rels[relKey{typ: t, from: body, to: event}]; ok {
			return true
		}
	}
	return false
}

// docFrom is a relation's start entity within one document.
type docFrom struct {
	doc  string
	from *group
}

// relsByDocFrom indexes the relations of type t that ok accepts (nil: all)
// by each document of their evidence and their start entity, each pair of
// entities once.
func (r *run) relsByDocFrom(t kg.RelationType, ok func(relKey) bool) map[docFrom][]relKey {
	out := map[docFrom][]relKey{}
	for _, k := range r.relOrder {
		if k.typ != t || ok != nil && !ok(k) {
			continue
		}
		for _, sp := range r.rels[k].Evidence {
			df := docFrom{sp.Document, k.from}
			if !containsKey(out[df], k) {
				out[df] = append(out[df], k)
			}
		}
	}
	return out
}

func containsKey(ks []relKey, k relKey) bool {
	for _, x := range ks {
		if x.from == k.from && x.to == k.to {
			return true
		}
	}
	return false
}

// addSpan is addRel for a relation whose evidence span is already built.
func (r *run) addSpan(t kg.RelationType, from, to *group, sp kg.Span) {
	from, to = from.final(), to.final()
	if from == to || !relTypesOK(t, from.typ, to.typ) {
		return
	}
	k := relKey{typ: t, from: from, to: to}
	rel := r.rels[k]
	if rel == nil {
		rel = &kg.Relation{Type: t, Properties: map[string]any{}, Evidence: []kg.Span{}}
		r.rels[k] = rel
		r.relOrder = append(r.relOrder, k)
	}
	rel.Evidence = append(rel.Evidence, sp)
	from.used, to.used = true, true
}

package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// foundedWord says a body was founded: "учреден", "създадена", "основано",
// "founded", "established", "set up".
func foundedWord(t *token) bool {
	return hasPrefix(t, "учреден", "създаден", "основан", "founded", "established", "co-founded")
}

// founders reads the organisations that founded a body: "Клъстерът е
// учреден през 2019 г. от A, B и Община X", "The cluster was founded in
// 2019 by A and B". A founding organisation is a member (as "учредители на
// клъстера са A и B" says); a founding person holds no membership.
func (r *run) founders(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		if !foundedWord(sc.tok(i)) {
			continue
		}
		// the agent: "от"/"by" within a few tokens ("през 2019 г.", "в Русе")
		k := -1
		for j := i + 1; j < sc.s.b && j <= i+7; j++ {
			t := sc.tok(j)
			if t.low == "от" || t.low == "by" {
				k = j
				break
			}
			if t.is(",") || t.is(";") || t.isWord() && (listBreakers[t.low] && t.low != "в" || t.low == "инициатива" || t.low == "initiative") {
				break
			}
		}
		if k < 0 {
			continue
		}
		// only bodies that have members: a company founded by a university
		// is its spin-off, not its member
		y := r.subjectBefore(sc, i, isOrg)
		if y == nil || y.g.typ != kg.Cluster && y.g.typ != kg.Association {
			continue
		}
		for _, m := range sc.listAfter(k+1, 3, func(g *group) bool { return isOrg(g) && g != y.g }) {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y.g, "", "")
		}
	}
}

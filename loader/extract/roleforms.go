package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// pluralRoleForms maps the plural of a role noun, bare or articled, to the
// singular title each holder has: "управителите" → "управител",
// "директори" → "директор", "CEOs" → "ceo".
// Built from roleForms once it is filled (rules.go's init).
var pluralRoleForms = map[string]string{}

func initPluralRoles() {
	for f, base := range roleForms {
		if !roleHeadForms[f] || f != base || strings.ContainsAny(base, ".") {
			continue
		}
		if isLatinWord(base) {
			pluralRoleForms[base+"s"] = base
			continue
		}
		if strings.HasSuffix(base, "ка") {
			pluralRoleForms[strings.TrimSuffix(base, "а")+"и"] = base
			pluralRoleForms[strings.TrimSuffix(base, "а")+"ите"] = base
			continue
		}
		pluralRoleForms[base+"и"] = base
		pluralRoleForms[base+"ите"] = base
	}
	// one-syllable nouns take "-ове"
	for _, base := range []string{"кмет", "шеф"} {
		pluralRoleForms[base+"ове"] = base
		pluralRoleForms[base+"овете"] = base
	}
}

func isLatinWord(s string) bool {
	for _, r := range s {
		if r > 'z' {
			return false
		}
	}
	return true
}

// pluralAdjective is the title's form of a plural qualifier before a
// plural role noun ("изпълнителните" → "изпълнителен"), or "".
func pluralAdjective(w string) string {
	w = strings.TrimSuffix(w, "те")
	if !strings.HasSuffix(w, "и") {
		return ""
	}
	// the feminine form shares the plural's stem: "изпълнителна" / "изпълнителни"
	if base, ok := roleForms[strings.TrimSuffix(w, "и")+"а"]; ok {
		return base
	}
	return ""
}

// pluralRoles reads a title in the plural over a coordination of bodies
// followed by as many persons ("управителите на X и Y – A и B", "the CEOs
// of X and Y, A and B"): the n-th person holds the title in the n-th body.
func (r *run) pluralRoles(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		title, ok := pluralRoleForms[sc.tok(i).low]
		if !ok {
			continue
		}
		if i > sc.s.a {
			if adj := pluralAdjective(sc.tok(i - 1).low); adj != "" {
				title = adj + " " + title
			} else if q, ok := roleForms[sc.tok(i-1).low]; ok && isLatinWord(q) && !roleHeadForms[sc.tok(i-1).low] {
				title = q + " " + title // "managing directors"
			}
		}
		if l := sc.tok(i + 1).low; l != "на" && l != "of" {
			continue
		}
		o := sc.orgItemAt(i + 2)
		if o == nil || o.anaphor {
			continue
		}
		orgs := sc.listFrom(o, isOrg)
		if len(orgs) < 2 {
			continue
		}
		j := orgs[len(orgs)-1].b
		for j < sc.s.b && j < orgs[len(orgs)-1].b+3 && (sc.tok(j).dash() || sc.tok(j).is(",") || sc.tok(j).is(":") || sc.tok(j).low == "съответно" || sc.tok(j).low == "respectively") {
			j++
		}
		j += countTitlesAfter(sc, j)
		p := sc.itemAt(j)
		if p == nil || !isPerson(p.g) || p.anaphor {
			continue
		}
		ps := sc.listFrom(p, isPerson)
		if len(ps) != len(orgs) {
			continue
		}
		for n := range ps {
			r.addRel(sc.dc, sc.s, kg.HoldsRole, ps[n].g, orgs[n].g, "title", title)
		}
	}
}

// countTitlesAfter counts the personal titles starting at token i ("д-р",
// "г-жа", "проф.").
func countTitlesAfter(sc *sentCtx, i int) int {
	n := 0
	for j := i; j < sc.s.b && (personTitles[sc.tok(j).low] || n > 0 && sc.tok(j).is(".")); j++ {
		n++
	}
	return n
}

// capacityRole reads the role a person acts in, said later in the clause:
// "X подписа договора в качеството си на управител на Y", "X signed in his
// capacity as CEO of Y". No other person stands between.
func (r *run) capacityRole(sc *sentCtx, p *item) bool {
	for k := p.b; k+3 < sc.s.b && k < p.b+12; k++ {
		if it := sc.itemAt(k); it != nil && isPerson(it.g) {
			return false
		}
		at := -1
		switch {
		case sc.tok(k).low == "качеството" && sc.tok(k+1).low == "си" && sc.tok(k+2).low == "на":
			at = k + 3
		case sc.tok(k).low == "capacity" && sc.tok(k+1).low == "as":
			at = k + 2
		}
		if at < 0 {
			continue
		}
		end, title := roleAfter(sc, at)
		if end < 0 || end+1 >= sc.s.b || !roleAfterPreps[sc.tok(end).low] {
			return false
		}
		if o := sc.orgItemAt(end + 1); o != nil {
			if personFollows(sc, o.b) {
				return false // "в качеството си на управител на X Y": Y's title
			}
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
			return true
		}
		return false
	}
	return false
}

// academicRank is the academic rank written before person p ("проф.",
// "доц.", "гл. ас.", "Prof."), lower case as written, or "". A rank is a
// title, never part of the name: with an affiliation and no office it is
// the title the person holds there ("доц. X от Аграрния университет").
func academicRank(sc *sentCtx, p *item) string {
	j := p.a - 1
	if j >= sc.s.a && sc.tok(j).is(".") {
		j--
	}
	if j < sc.s.a {
		return ""
	}
	dot := ""
	if sc.tok(j + 1).is(".") {
		dot = "."
	}
	switch w := sc.tok(j).low; w {
	case "проф", "доц", "prof", "акад":
		return w + dot
	case "професор", "доцент", "professor":
		return w
	case "ас":
		// "гл. ас."
		if j-2 >= sc.s.a && sc.tok(j-1).is(".") && sc.tok(j-2).low == "гл" {
			return "гл. ас" + dot
		}
	}
	return ""
}

// elidedRoleBody is the body of the role before a clause that opens with
// "а" or "и" after a comma at token a-1 and names a role without its body
// ("Председател на Y е X, а секретар – Z", "the chair of Y is X, and the
// treasurer Z"): the body of the last "<role> на/of <body>" before it.
func elidedRoleBody(sc *sentCtx, a int) *group {
	if a-2 <= sc.s.a {
		return nil
	}
	w := sc.tok(a - 1).low
	if w != "а" && w != "и" && w != "and" {
		return nil
	}
	// after a comma, or "и" right after the first holder's name
	// ("управителят на X A и търговският директор B")
	if !sc.tok(a - 2).is(",") {
		pv := sc.nearestBefore(a-1, func(*group) bool { return true })
		if w == "а" || pv == nil || pv.b != a-1 || !isPerson(pv.g) {
			return nil
		}
	}
	for k := len(sc.items) - 1; k >= 0; k-- {
		o := &sc.items[k]
		if o.b > a-2 || !isOrg(o.g) || o.anaphor || o.a-1 <= sc.s.a {
			continue
		}
		at := o.a - 1
		if sc.tok(at).quote() && at-1 > sc.s.a {
			at-- // "на „X“ ООД"
		}
		if w := sc.tok(at).low; w != "на" && w != "of" {
			return nil
		}
		if r, _ := roleBefore(sc, at); r < 0 {
			return nil
		}
		return o.g
	}
	return nil
}

// networkPartners reads a partner in a network as its member, as the
// conventions settle it: "X е партньор в мрежата Y", "X, която е партньор
// в Enterprise Europe Network", "X is a partner in the Y network". The
// network is an association named right after, or after "мрежата" /
// "the ... network".
func (r *run) networkPartners(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		if t.low != "партньор" && t.low != "partner" {
			continue
		}
		k := i + 1
		if w := sc.tok(k).low; w != "в" && w != "във" && w != "на" && w != "in" && w != "of" {
			continue
		}
		k++
		y := sc.itemAt(k) // "в мрежата X" may be read whole
		if w := sc.tok(k).low; y == nil && (w == "мрежата" || w == "мрежа" || w == "the") {
			y = sc.itemAt(k + 1)
		}
		if y == nil || y.anaphor || y.g.typ != kg.Association {
			continue
		}
		if !networkName(sc, y) {
			continue
		}
		x := r.roleSubject(sc, i)
		if x == nil || x.g == y.g {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, y.g, "", "")
	}
}

// networkName reports a network by its name or the noun before it.
func networkName(sc *sentCtx, y *item) bool {
	low := strings.ToLower(sc.dc.text(y.a, y.b))
	for _, w := range []string{"network", "мрежа", "alliance", "алианс", "platform", "платформа"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return y.a > sc.s.a && (sc.tok(y.a-1).low == "мрежата" || sc.tok(y.a-1).low == "мрежа") || sc.tok(y.a).low == "мрежата"
}

// appositionAntecedent is the organisation before an apposition that ends
// with the comma at token c ("X, the project's lead partner, whose ..."),
// or nil.
func appositionAntecedent(sc *sentCtx, c int) *item {
	if c <= sc.s.a || !sc.tok(c-1).is(",") {
		return nil
	}
	for k := c - 2; k > sc.s.a && k >= c-12; k-- {
		if !sc.tok(k).is(",") {
			continue
		}
		if o := sc.nearestBefore(k, isOrg); o != nil && o.b == k && !o.anaphor {
			return o
		}
		return nil
	}
	return nil
}

// publicOffice reports a title of a public office, whose body a bare title
// names by itself (a mayor's municipality, a minister's ministry), never
// the body of the role before it.
func publicOffice(title string) bool {
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "кмет", "mayor", "министър", "minister", "посланик", "ambassador", "губернатор", "governor", "ректор", "rector", "декан", "dean":
			return true
		}
	}
	return false
}

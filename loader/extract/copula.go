package extract

// The verb "to be" joins a role or a list noun to whoever fills it in every
// tense, number and voice ("Водещ партньор е / беше / бе / ще бъде X",
// "Партньори са / бяха / ще бъдат A и B", "The lead partner is / was / will
// be X"), and an elliptic clause drops it for a dash (", а партньори – A и
// B"). Frames that read a filler after or before such a verb ask these
// helpers, so that a change of tense or an ellipsis loses no frame.

// copulaAt is the index right after a form of "to be" that starts at token
// k ("е", "беше", "бяха", "е бил", "ще бъде", "щеше да бъде", "is", "was",
// "will be", "has been"), or -1.
func copulaAt(sc *sentCtx, k int) int {
	if k < sc.s.a || k >= sc.s.b {
		return -1
	}
	next := func(j int) string {
		if j < sc.s.b {
			return sc.tok(j).low
		}
		return ""
	}
	switch sc.tok(k).low {
	case "е", "са", "бе", "беше", "бяха", "is", "are", "was", "were":
		switch next(k + 1) {
		case "бил", "била", "било", "били", "been":
			return k + 2
		}
		return k + 1
	case "ще", "щеше", "will", "would", "shall":
		j := k + 1
		if next(j) == "да" {
			j++
		}
		switch next(j) {
		case "бъде", "бъдат", "са", "е", "be":
			return j + 1
		}
	case "has", "have", "had":
		if next(k+1) == "been" {
			return k + 2
		}
	case "бъде", "бъдат", "be":
		return k + 1
	}
	return -1
}

// copulaIn finds the first form of "to be" in tokens [a, b): its first
// token and the index right after it, or -1, -1.
func copulaIn(sc *sentCtx, a, b int) (int, int) {
	for k := max(a, sc.s.a); k < b && k < sc.s.b; k++ {
		if e := copulaAt(sc, k); e >= 0 {
			return k, e
		}
	}
	return -1, -1
}

// copulaTail reports a word that ends a form of "to be" ("са", "бяха",
// "бъдат", "were", "be", "been"), for frames that read the subject before
// the verb ("А и Б бяха партньори").
func copulaTail(w string) bool {
	switch w {
	case "е", "са", "бе", "беше", "бяха", "бъде", "бъдат", "бил", "била", "било", "били",
		"is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// roleModifiers stand before a role noun inside its phrase ("водещ
// партньор", "асоцииран партньор", "the lead partner").
func roleModifier(t *token) bool {
	return hasPrefix(t, "водещ", "асоцииран", "основн", "главн", "lead", "associate", "main", "principal") || t.low == "the" || t.low == "its"
}

// ellipticDash is the index right after a dash that stands for the verb "to
// be" after the role noun at token i: the role opens its clause (the
// sentence, or after "а", "и", "and", "while", ";") and a dash follows it,
// after at most a short complement ("а партньори – A и B", "Партньори по
// проекта – A, B", "and the partners – A and B"); or -1. "X – партньор" is
// the other order, an apposition, and is no ellipsis.
func ellipticDash(sc *sentCtx, i int) int {
	j := i - 1
	for j >= sc.s.a && roleModifier(sc.tok(j)) {
		j--
	}
	if j >= sc.s.a {
		switch t := sc.tok(j); {
		case t.isWord() && (t.low == "а" || t.low == "и" || t.low == "and" || t.low == "while" || t.low == "whereas"):
			// a clause of its own only after a comma or at the start
			if j > sc.s.a && !sc.tok(j-1).is(",") && !sc.tok(j-1).is(";") {
				return -1
			}
		case t.is(";"):
		default:
			return -1
		}
	}
	for k := i + 1; k < sc.s.b && k <= i+4; k++ {
		t := sc.tok(k)
		if t.dash() {
			if k+1 < sc.s.b {
				return k + 1
			}
			return -1
		}
		// a short complement: "по проекта", "in the project"
		if !t.isWord() || sc.itemAt(k) != nil && !isProject(sc.itemAt(k).g) {
			return -1
		}
	}
	return -1
}

// rolePredicate is the index right after a predicate that gives the
// subject a role starting at token j: the verb "to be" in any tense, a verb
// of becoming ("стана", "became") or a passive of election or appointment
// ("беше избран за", "е назначена за", "was elected", "has been appointed
// as"); or -1.
func rolePredicate(sc *sentCtx, j int) int {
	if j >= sc.s.b {
		return -1
	}
	if becomes[sc.tok(j).low] {
		return j + 1
	}
	k := j
	if e := copulaAt(sc, j); e >= 0 {
		k = e
	}
	if k < sc.s.b && hasPrefix(sc.tok(k), "избран", "преизбран", "назначен", "elected", "re-elected", "appointed", "named") {
		k++
		if k < sc.s.b && (sc.tok(k).low == "за" || sc.tok(k).low == "as") {
			k++
		}
		return k
	}
	if k > j {
		return k
	}
	return -1
}

package extract

import (
	"strconv"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// cand is one recognised mention: a token range and what it names.
type cand struct {
	doc      int // index of the document in the call
	a, b     int // token range [a, b) the candidate claims
	ms       int // first token of the mention, when msSet (a lower-case head before it is not part of it)
	msSet    bool
	typ      kg.EntityType
	name     string   // display name, cleaned
	aliases  []string // other written forms (e.g. the head-noun form)
	acronym  string
	props    map[string]any
	gaz      *gazEntry
	prio     int
	weak     bool  // kept only when a stronger clue types it or a relation uses it
	ref      *cand // set on a mention that repeats another candidate (acronym use)
	evHead   string
	descr    bool   // an event named by description, keyed with its date
	descrOrg *cand  // the organisation a descriptive event is "of"
	descrPre string // the words before the organisation in a descriptive name
	descCl   bool   // a cluster described by a lower-case head phrase ("Габровски клъстер по ...")
	group    *group
	nameOf   *cand // a town read inside this name (nameplaces.go); it claims no tokens
}

// root follows ref links to the defining candidate.
func (c *cand) root() *cand {
	for i := 0; c.ref != nil && i < 8; i++ {
		c = c.ref
	}
	return c
}

// docCtx is the working state of one document.
type docCtx struct {
	idx         int
	doc         *kg.Document
	rs          []rune
	offs        []int32 // byte offset in doc.Text of each rune (runeOffsets)
	validUTF8   bool    // doc.Text is valid UTF-8: its substrings are the strings of its runes
	toks        []token
	sents       []sentence
	sentOf      []int
	closeOf     map[int]int     // opening quote token → closing quote token
	surnames    map[string]bool // last words of the persons read so far ("Vlahov")
	claimed     []*cand         // token → candidate covering it
	inQuote     []bool          // token lies between a pair of quotes
	cands       []*cand
	pubYear     int
	pubMonth    int
	main        *group   // the event the document is about
	mainInTitle bool     // the title names or refers to main
	deverbal    *cand    // an event the text refers to by the noun of its lead's verb (deverbal.go)
	deverbalAt  int      // the token of that verb
	parties     []*group // the parties of a document signed ("между A, B и C"), for "страните" later
	title       int      // index of the title sentence
	dates       []dateSpan
	spanCache   map[int]kg.Span // evidence spans by first token of the sentence
	codes       []codeSpan
	lowerWords  map[string]bool // words the text writes in lower case, built on first use (personslots.go)
}

func newDocCtx(idx int, d *kg.Document) *docCtx {
	dc := &docCtx{idx: idx, doc: d}
	dc.rs, dc.offs, dc.validUTF8 = runesOf(d.Text)
	dc.toks = tokenizeText(d.Text, dc.rs, dc.offs)
	dc.sents = sentences(dc.toks)
	dc.sentOf = make([]int, len(dc.toks))
	for si, s := range dc.sents {
		for i := s.a; i < s.b; i++ {
			dc.sentOf[i] = si
		}
	}
	dc.title = titleSentence(dc)
	dc.claimed = make([]*cand, len(dc.toks))
	dc.closeOf = matchQuotes(dc.toks)
	dc.inQuote = make([]bool, len(dc.toks))
	for o, c := range dc.closeOf {
		for i := o + 1; i < c; i++ {
			dc.inQuote[i] = true
		}
	}
	// Partial dates ("5 юли") take their year from the publication date,
	// else from the input layer's best guess of when the text was written.
	ref := d.DateHint
	if d.Published != nil && len(*d.Published) >= 7 {
		ref = *d.Published
	}
	if len(ref) >= 7 {
		dc.pubYear, _ = strconv.Atoi(ref[:4])
		dc.pubMonth, _ = strconv.Atoi(ref[5:7])
	}
	return dc
}

// titleSentence finds the sentence that is the document's title: the one
// that holds Document.Title, else the first line of five or more words that
// is not a byline ("By / 30th септември, 2020 / Новини"). A title the input
// layer found is taken at any length ("Среща във Варна"): the five words
// only guard the guess, which would otherwise take a short headline's lead
// sentence, and the event it reports, for the headline.
func titleSentence(dc *docCtx) int {
	if t := strings.TrimSpace(dc.doc.Title); t != "" {
		for i, s := range dc.sents {
			if st := dc.runeText(s.s, s.e); strings.Contains(st, t) || strings.Contains(t, st) && s.e-s.s > 10 {
				if slashes(dc, s) == 0 {
					return i
				}
				break // a breadcrumb ("Home / News") given as the title
			}
		}
	}
	for i, s := range dc.sents {
		if headlineLike(dc, s) {
			return i
		}
	}
	return 0
}

// headlineLike reports a line that can be a headline: five words or more,
// no "/" or "|" of a navigation path.
func headlineLike(dc *docCtx, s sentence) bool {
	words := 0
	for k := s.a; k < s.b; k++ {
		if dc.toks[k].isWord() && !dc.toks[k].digit {
			words++
		}
	}
	return words >= 5 && slashes(dc, s) == 0
}

// slashes counts the "/" and "|" of a navigation path in sentence s.
func slashes(dc *docCtx, s sentence) int {
	n := 0
	for k := s.a; k < s.b; k++ {
		if dc.toks[k].is("/") || dc.toks[k].is("|") {
			n++
		}
	}
	return n
}

// span returns the kg.Span of tokens [a, b).
func (dc *docCtx) span(a, b int) kg.Span {
	s, e := dc.toks[a].s, dc.toks[b-1].e
	return kg.Span{Document: dc.doc.ID, Start: s, End: e, Text: dc.runeText(s, e)}
}

// runeText is the text of runes [s, e): a substring of the document when
// that is the same string, which saves converting runes back to a string
// (the evidence of every relation and mention is such a text). In text that
// is not valid UTF-8 the runes hold U+FFFD where the bytes are invalid.
func (dc *docCtx) runeText(s, e int) string {
	if dc.validUTF8 {
		return dc.doc.Text[dc.offs[s]:dc.offs[e]]
	}
	return string(dc.rs[s:e])
}

// text returns the document text of tokens [a, b).
func (dc *docCtx) text(a, b int) string {
	if a >= b {
		return ""
	}
	return dc.runeText(dc.toks[a].s, dc.toks[b-1].e)
}

// free reports whether no candidate claims any token in [a, b).
func (dc *docCtx) free(a, b int) bool {
	for i := a; i < b; i++ {
		if dc.claimed[i] != nil {
			return false
		}
	}
	return true
}

// add records c and claims its tokens when they are free; it reports
// whether c was kept.
func (dc *docCtx) add(c *cand) bool {
	if c.a >= c.b || c.name == "" || !dc.free(c.a, c.b) {
		return false
	}
	c.doc = dc.idx
	if orgLike(c.typ) && c.typ != kg.Association && c.gaz == nil && clusterNetwork(c.name) {
		c.typ = kg.Association // "European Network of Space Clusters", "Клъстерна мрежа България"
	}
	if c.typ == kg.Association && c.gaz == nil && chamberOfCommerce(dc, c.a, c.b) {
		c.typ = kg.Organization // "Rousse Chamber of Commerce and Industry"
	}
	for i := c.a; i < c.b; i++ {
		dc.claimed[i] = c
	}
	dc.cands = append(dc.cands, c)
	if c.typ == kg.Person {
		if dc.surnames == nil {
			dc.surnames = map[string]bool{}
		}
		dc.surnames[dc.toks[c.b-1].text] = true
	}
	return true
}

// matchQuotes pairs quotation marks: „ and « always open; “ closes an open „
// and otherwise opens (English style); ” and » close; " toggles. Quotes
// left open at the end of a line are dropped.
func matchQuotes(toks []token) map[int]int {
	out := map[int]int{}
	var stack []int
	for i := range toks {
		t := &toks[i]
		if t.quote() {
			switch t.text {
			case "„", "«":
				stack = append(stack, i)
			case "“":
				// after '"' it opens an English “X”, unless it is written
				// against the word before it: `"X“` closes
				closes := i > 0 && toks[i-1].isWord() && toks[i-1].e == t.s && !(i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].s == t.e)
				if len(stack) > 0 && (toks[stack[len(stack)-1]].text != "\"" || closes) {
					out[stack[len(stack)-1]] = i
					stack = stack[:len(stack)-1]
				} else {
					stack = append(stack, i)
				}
			case "”", "»":
				if len(stack) > 0 {
					out[stack[len(stack)-1]] = i
					stack = stack[:len(stack)-1]
				}
			case "\"":
				if len(stack) > 0 && toks[stack[len(stack)-1]].text == "\"" {
					out[stack[len(stack)-1]] = i
					stack = stack[:len(stack)-1]
				} else if i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].s == t.e {
					stack = append(stack, i)
				} else if len(stack) > 0 {
					out[stack[len(stack)-1]] = i
					stack = stack[:len(stack)-1]
				}
			case "‘", "'", "‚":
				if i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].s == t.e {
					stack = append(stack, i)
				}
			case "’":
				if len(stack) > 0 && (toks[stack[len(stack)-1]].text == "‘" || toks[stack[len(stack)-1]].text == "'" || toks[stack[len(stack)-1]].text == "‚") {
					out[stack[len(stack)-1]] = i
					stack = stack[:len(stack)-1]
				}
			}
		}
		if t.nlAfter {
			stack = stack[:0]
		}
	}
	// a pair must hold at least one word and not span too much
	for o, c := range out {
		if c-o < 2 || c-o > 60 {
			delete(out, o)
		}
	}
	return out
}

// isCloser reports a quote at token i that closes a pair.
func (dc *docCtx) isCloser(i int) bool {
	for _, c := range dc.closeOf {
		if c == i {
			return true
		}
	}
	return false
}

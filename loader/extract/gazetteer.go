package extract

import (
	"bufio"
	"embed"
	"strings"
	"unicode"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
	"github.com/clustergraph/clustergraph/loader/translit"
)

// data holds general reference lists only: places, programmes and funds,
// public institutions and given names. No cluster, project or person of any
// particular text belongs here; those are found by the rules.
//
//go:embed data/*.tsv data/*.txt
var data embed.FS

// gazEntry is one reference name with its aliases and properties.
type gazEntry struct {
	typ   kg.EntityType
	name  string
	alias []string
	props map[string]any
	kind  string // places: "region" or "venue"; empty for a town or country
	gen   bool   // from generated data (worldplaces.tsv), named as written, read only in a place's slot
}

// gazForm is one surface form of an entry as a sequence of word keys.
type gazForm struct {
	keys     []string
	entry    *gazEntry
	caseOnly bool   // short acronyms match only when written exactly so
	raw      string // the form as written, for caseOnly
}

// genRec is one form of a generated town, matched word by word as written
// (lower case). The tens of thousands of generated forms are kept free of
// pointers (offsets into one string, indices into one slice, a map of
// hashes), because every pointer of the live heap costs every garbage
// collection of a run.
type genRec struct {
	entry int32  // index into genEntries
	next  int32  // the next form whose first word has the same hash, or -1
	words uint32 // offset in genBlob of the form's lower-case words, NUL-separated
	n     uint32 // their length in bytes
}

// gazetteer finds reference names in token streams, longest first.
type gazetteer struct {
	byFirst    map[string][]gazForm
	byKey      map[string]*gazEntry // resolve.Key of every form
	given      map[string]bool      // lower-case given names
	genKeys    map[string]bool      // nameKey of every generated town's form, while loading
	genHead    map[uint64]int32     // hash of a form's first word → its first genRec
	genRecs    []genRec
	genBlob    string
	genEntries []gazEntry
}

func loadGazetteer() *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazForm{}, byKey: map[string]*gazEntry{}, given: map[string]bool{}, genKeys: map[string]bool{}}
	g.loadTSV("data/places.tsv", kg.Place)
	g.loadTSV("data/programmes.tsv", kg.Programme)
	g.loadTSV("data/institutions.tsv", kg.Organization)
	if b, err := data.ReadFile("data/givennames.txt"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				g.given[resolve.Lower(w)] = true
				// the same name written in Latin in an English text ("Kiril")
				g.given[translit.Key(w)] = true
			}
		}
	}
	// foreign towns (generated, scripts/gen-worldplaces) come last: they
	// only add names no hand-made entry has, so the hand-made lists win.
	// Its forms' words need not stay in the word cache (or their stems in
	// the stem memo): a larger live heap costs every later collection.
	wordMu.RLock()
	known := make(map[string]bool, len(wordCache))
	for w := range wordCache {
		known[w] = true
	}
	wordMu.RUnlock()
	g.loadGen("data/worldplaces.tsv")
	g.genKeys = nil // needed only while loading
	// fresh maps: deleting keys would leave the grown tables in place
	wordMu.Lock()
	words := make(map[string]*word, len(known))
	lows := make(map[string]bool, len(known))
	for w, t := range wordCache {
		if known[w] {
			words[w] = t
			lows[t.low] = true
		}
	}
	wordCache = words
	wordMu.Unlock()
	stemMemo.mu.Lock()
	stems := make(map[string]string, len(lows))
	for l, st := range stemMemo.m {
		if lows[l] {
			stems[l] = st
		}
	}
	stemMemo.m = stems
	stemMemo.mu.Unlock()
	return g
}

// lexiconWord reports a one-word form that the rules read as a common word or
// a given name ("Martin", "Мост"): a generated town must not take it.
func (g *gazetteer) lexiconWord(form string) bool {
	if strings.ContainsAny(strings.TrimSpace(form), " -") {
		return false
	}
	low := resolve.Lower(strings.TrimSpace(form))
	_, head := heads[resolve.Stem(low)]
	_, role := roleWords[low]
	_, month := months[low]
	if hasCyrillic(low) && bgSurnameEnding(low) {
		return true // "Димитров" names a person before a Ukrainian town
	}
	return head || role || month || stopwords[low] || nonNames[low] || legalForms[low] || g.given[low] || g.given[translit.Key(low)]
}

// bgSurnameEnding reports a word ending as Bulgarian surnames do.
func bgSurnameEnding(low string) bool {
	for _, suf := range []string{"ов", "ев", "ова", "ева", "ски", "ска", "цки", "цка"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// hasCyrillic reports a word with a Cyrillic letter.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// loadTSV reads one hand-made reference list.
func (g *gazetteer) loadTSV(name string, typ kg.EntityType) {
	f, err := data.Open(name)
	if err != nil {
		return // embedded at build time; absent only in a broken build
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		e := &gazEntry{typ: typ, name: strings.TrimSpace(cols[0]), props: map[string]any{}}
		if len(cols) > 1 {
			for _, a := range strings.Split(cols[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					e.alias = append(e.alias, a)
				}
			}
		}
		if len(cols) > 2 {
			for _, kv := range strings.Split(cols[2], ";") {
				k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
				switch {
				case ok && k == "type" && v == string(kg.Association):
					e.typ = kg.Association // chambers and employers' bodies in the institutions list
				case ok && k == "kind":
					e.kind = v // a reading aid for the rules, not a property of the entity
				case ok:
					e.props[k] = v
				}
			}
		}
		forms := append([]string{e.name}, e.alias...)
		if typ == kg.Place && e.props["country"] == "Bulgaria" {
			// the official transliteration ("Berkovitsa") in English texts
			if l := translit.Latin(e.name); l != e.name {
				forms = append(forms, l)
			}
		}
		for _, form := range forms {
			g.add(form, e)
			// "Румъния-България" is also written "Румъния – България"
			if sp := spacedHyphens(form); sp != form {
				g.add(sp, e)
			}
		}
	}
}

func (g *gazetteer) add(form string, e *gazEntry) {
	keys := wordKeys(form)
	if len(keys) == 0 {
		return
	}
	rs := []rune(form)
	short := len(keys) == 1 && len(rs) <= 5 && isAllCapsWord(form)
	g.byFirst[keys[0]] = append(g.byFirst[keys[0]], gazForm{keys: keys, entry: e, caseOnly: short, raw: strings.TrimSpace(form)})
	if _, ok := g.byKey[nameKey(form)]; !ok {
		g.byKey[nameKey(form)] = e
	}
}

// loadGen reads the generated towns (places.tsv's columns, a country as
// their only property). A form matches only as written, up to case: keys are
// stemmed, so "Марч" would read "Марчева" and "Silvi" "Silvia", and thousands
// of foreign towns make such near misses common. No form an entry loaded
// before has, nor a common word, is taken; an entry left without forms is
// dropped. Forms stay out of byKey: rules look names up there to type what
// they read, and a generated town is read only in a place's slot.
func (g *gazetteer) loadGen(name string) {
	b, err := data.ReadFile(name)
	if err != nil {
		return // embedded at build time; absent only in a broken build
	}
	text := string(b) // names and aliases are substrings of this one string
	type pending struct {
		name  string
		alias [2]int // range in aliases
		props map[string]any
	}
	var (
		entries []pending
		aliases []string
		blob    strings.Builder
		shared  = map[string]map[string]any{} // a few property sets, only read
	)
	g.genHead = map[uint64]int32{}
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		forms := []string{strings.TrimSpace(cols[0])}
		if len(cols) > 1 {
			for _, a := range strings.Split(cols[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					forms = append(forms, a)
				}
			}
		}
		kept := forms[:0]
		for _, f := range forms {
			k := resolve.Key(f) // nameKey without filling its memo
			if _, taken := g.byKey[k]; !taken && !g.genKeys[k] && !g.lexiconWord(f) {
				kept = append(kept, f)
			}
		}
		if len(kept) == 0 {
			continue
		}
		props := map[string]any{}
		if len(cols) > 2 {
			if p, ok := shared[cols[2]]; ok {
				props = p
			} else {
				for _, kv := range strings.Split(cols[2], ";") {
					if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok {
						props[k] = v
					}
				}
				shared[cols[2]] = props
			}
		}
		idx := int32(len(entries))
		entries = append(entries, pending{name: kept[0], alias: [2]int{len(aliases), len(aliases) + len(kept) - 1}, props: props})
		aliases = append(aliases, kept[1:]...)
		for _, form := range kept {
			var low []string
			for _, t := range tokenize([]rune(form)) {
				if t.isWord() {
					low = append(low, t.low)
				}
			}
			if len(low) == 0 {
				continue
			}
			g.genKeys[resolve.Key(form)] = true
			h := wordHash(low[0])
			next, ok := g.genHead[h]
			if !ok {
				next = -1
			}
			words := strings.Join(low, "\x00")
			g.genHead[h] = int32(len(g.genRecs))
			g.genRecs = append(g.genRecs, genRec{entry: idx, next: next, words: uint32(blob.Len()), n: uint32(len(words))})
			blob.WriteString(words)
		}
	}
	g.genBlob = blob.String()
	g.genEntries = make([]gazEntry, len(entries))
	for i, p := range entries {
		g.genEntries[i] = gazEntry{typ: kg.Place, name: p.name, alias: aliases[p.alias[0]:p.alias[1]:p.alias[1]], props: p.props, gen: true}
	}
}

// wordHash is FNV-1a of a word.
func wordHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// spacedHyphens writes a hyphen between letters as " - ".
func spacedHyphens(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == '-' && i > 1 && i+2 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i-2]) && unicode.IsUpper(rs[i+1]) && unicode.IsLetter(rs[i+2]) {
			b.WriteString(" - ")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wordKeys splits a name into the keys of its words, the same way tokens are
// keyed, so that quotes and dashes do not matter.
func wordKeys(s string) []string {
	var out []string
	for _, t := range tokenize([]rune(s)) {
		if t.isWord() {
			out = append(out, tokKey(&t))
		}
	}
	return out
}

// tokKey is the matching key of a word token: stemmed and transliterated,
// without inner dots and apostrophes. Keys are cached across calls: the
// vocabulary of a news genre is small.
func tokKey(t *token) string {
	if t.word != nil && t.key != "" {
		return t.key
	}
	return wordKey(t.word)
}

// wordKey computes the matching key of a word.
func wordKey(t *word) string {
	if t == nil || t.kind != tWord {
		return ""
	}
	w := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '&' || r == '+' {
			return r
		}
		return -1
	}, t.low)
	return translit.Key(resolve.Stem(strings.Trim(w, "-")))
}

func isAllCapsWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// match returns the longest reference form starting at token i of toks
// (within [i, end)), as the end token index (exclusive), or -1. Tokens match
// by their words' keys (tokKey).
func (g *gazetteer) match(toks []token, i, end int) (int, *gazEntry) {
	if !toks[i].isWord() {
		return -1, nil
	}
	best, bestE := -1, (*gazEntry)(nil)
	for _, f := range g.byFirst[toks[i].key] {
		if f.caseOnly && toks[i].text != f.raw {
			continue
		}
		j, k := i, 0
		for j < end && k < len(f.keys) {
			t := &toks[j]
			if !t.isWord() {
				if t.quote() || t.dash() || t.is(",") || t.is(".") {
					j++
					continue
				}
				break
			}
			if t.key != f.keys[k] {
				break
			}
			j++
			k++
		}
		if k == len(f.keys) {
			// do not end on skipped punctuation
			for j > i && !toks[j-1].isWord() {
				j--
			}
			if j > best {
				best, bestE = j, f.entry
			}
		}
	}
	if toks[i].allCaps {
		return best, bestE // "БАКИ" is no town "Баки"
	}
	r, ok := g.genHead[wordHash(toks[i].low)]
	for ; ok && r >= 0; r = g.genRecs[r].next {
		rec := g.genRecs[r]
		first, rest, _ := strings.Cut(g.genBlob[rec.words:rec.words+rec.n], "\x00")
		if first != toks[i].low {
			continue // another word of the same hash
		}
		j, ok2 := i+1, true
		for rest != "" && ok2 {
			var w string
			w, rest, _ = strings.Cut(rest, "\x00")
			for j < end && !toks[j].isWord() && (toks[j].quote() || toks[j].dash() || toks[j].is(",") || toks[j].is(".")) {
				j++
			}
			ok2 = j < end && toks[j].isWord() && !toks[j].allCaps && toks[j].low == w
			j++
		}
		if ok2 && j > best {
			best, bestE = j, &g.genEntries[rec.entry]
		}
	}
	return best, bestE
}

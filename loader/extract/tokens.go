package extract

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters and digits, with inner - . / & ' kept
	tPunct                // one punctuation or symbol rune
)

// token is one word or punctuation mark of a document; s and e are rune
// offsets into the document text, e exclusive.
type token struct {
	*word   // what depends on the text only, shared by equal words
	s, e    int
	lineBeg bool // first token on its line
	nlAfter bool // a line break follows before the next token
}

// word is the part of a token that depends only on its text; it is computed
// once per distinct word and shared (the genre's vocabulary is small).
type word struct {
	text    string
	low     string
	stem    string // resolve.Stem of low, for matching inflected forms
	kind    tokKind
	cap     bool      // starts with an upper-case letter
	allCaps bool      // two or more letters, all upper-case
	latin   bool      // contains Latin letters and no Cyrillic
	digit   bool      // starts with a digit
	head    *headInfo // head-noun info (see heads), nil for other words
	trig    uint16    // relation trigger classes of the word (see trigBits)
	stop    bool      // a function word or frequent verb (stopwords)
	nonName bool      // never a name, even capitalised (nonNames)
	isQuote bool      // a quotation mark
	isDash  bool      // a hyphen or dash
	key     string    // tokKey of a word, once computed
	lists   uint32    // the scan lists the word is in, a bit per scanList
}

func (t *word) isWord() bool { return t.kind == tWord }

// scanList names a word list that rules test every token of a sentence
// against. Whether a word is in each list is worked out once, when wordOf
// or punctOf first meets the word, and kept as a bit of word.lists, so that
// such a scan costs no map lookup per token.
type scanList uint8

const (
	lHeldVerb          scanList = iota // heldVerbs
	lLegalForm                         // legalForms, with or without a final dot
	lPersonTitle                       // personTitles
	lB2BMeeting                        // b2bMeetings
	lWorkVerb                          // workVerbs
	lTalkNoun                          // talkNouns
	lOpenVerb                          // openVerbs
	lSpeakVerb                         // speakVerbs
	lSayVerb                           // sayVerbs
	lPremisesNoun                      // premisesNouns
	lPartnerNoun                       // partnerNouns
	lExplainVerb                       // explainVerbs
	lFramePresenter                    // frameNoun is PRESENTED_AT
	lFrameAttendee                     // frameNoun is PARTICIPATED_IN
	lPresentParticiple                 // presentParticipleOf: a participle of presenting
	lOpenParticiple                    // presentParticipleOf: one of opening or leading
	nScanLists
)

// scanListHas tells whether a word is in each scan list, from its
// lower-case form and what wordOf worked out before (latin). The lists are
// complete once the package is initialised (their var declarations and
// init functions), before any word is read.
var scanListHas = [nScanLists]func(w *word) bool{
	lHeldVerb:          func(w *word) bool { return heldVerbs[w.low] },
	lLegalForm:         func(w *word) bool { return legalForms[strings.TrimSuffix(w.low, ".")] },
	lPersonTitle:       func(w *word) bool { return personTitles[w.low] },
	lB2BMeeting:        func(w *word) bool { return b2bMeetings[w.low] },
	lWorkVerb:          func(w *word) bool { return workVerbs[w.low] },
	lTalkNoun:          func(w *word) bool { return talkNouns[w.low] },
	lOpenVerb:          func(w *word) bool { return openVerbs[w.low] },
	lSpeakVerb:         func(w *word) bool { return speakVerbs[w.low] },
	lSayVerb:           func(w *word) bool { return sayVerbs[w.low] },
	lPremisesNoun:      func(w *word) bool { return premisesNouns[w.low] },
	lPartnerNoun:       func(w *word) bool { return partnerNouns[w.low] },
	lExplainVerb:       func(w *word) bool { return explainVerbs[w.low] },
	lFramePresenter:    func(w *word) bool { return frameNounOf(w) == kg.PresentedAt },
	lFrameAttendee:     func(w *word) bool { return frameNounOf(w) == kg.ParticipatedIn },
	lPresentParticiple: func(w *word) bool { ok, _ := presentParticipleOf(w); return ok },
	lOpenParticiple:    func(w *word) bool { _, open := presentParticipleOf(w); return open },
}

// scanListsOf returns the scanList bits of a word.
func scanListsOf(w *word) uint32 {
	var bits uint32
	for l, has := range scanListHas {
		if has(w) {
			bits |= 1 << l
		}
	}
	return bits
}

// in reports whether the word is in scan list l.
func (t *word) in(l scanList) bool { return t.lists&(1<<l) != 0 }

// is reports whether the token is the punctuation rune r.
func (t *token) is(r string) bool { return t.kind == tPunct && t.text == r }

func (t *token) quote() bool { return t.isQuote }

func (t *token) dash() bool { return t.isDash }

// tokenize splits rs into tokens. Inner hyphens, dots, slashes, apostrophes
// and ampersands stay inside a word when letters or digits follow them, so
// "TRACE-KEI", "г-н", "28.03.2018" and "BG16RFOP002-2.052-0001" are one token.
func tokenize(rs []rune) []token {
	text := string(rs)
	return tokenizeText(text, rs, runeOffsets(text, len(rs)))
}

// runeOffsets returns the byte offset in text of each of its n runes, and
// len(text) last. Ranging over a string counts an invalid byte as one rune
// of width one, as []rune(text) does, so the offsets hold for any text; it
// returns nil only when text is not the string of n runes.
func runeOffsets(text string, n int) []int32 {
	if len(text) > math.MaxInt32 {
		return nil
	}
	offs := make([]int32, 0, n+1)
	for b := range text {
		offs = append(offs, int32(b))
	}
	offs = append(offs, int32(len(text)))
	if len(offs) != n+1 {
		return nil
	}
	return offs
}

// runesOf decodes text once into its runes and the byte offset of each (as
// runeOffsets; nil for a text too long for them), and tells whether text is
// valid UTF-8. It decodes as []rune(text) does: an invalid byte is one rune
// U+FFFD of width one.
func runesOf(text string) (rs []rune, offs []int32, valid bool) {
	if len(text) > math.MaxInt32 {
		return []rune(text), nil, utf8.ValidString(text)
	}
	n := utf8.RuneCountInString(text)
	rs = make([]rune, 0, n)
	offs = make([]int32, 0, n+1)
	valid = true
	for b := 0; b < len(text); {
		r, w := rune(text[b]), 1
		switch {
		case r < utf8.RuneSelf:
		case r >= 0xc2 && r <= 0xdf && b+1 < len(text) && text[b+1]&0xc0 == 0x80:
			// two bytes, as Cyrillic letters are: decoded here, which
			// saves a call per letter
			r, w = (r&0x1f)<<6|rune(text[b+1]&0x3f), 2
		default:
			r, w = utf8.DecodeRuneInString(text[b:])
			// an invalid byte decodes to U+FFFD with width one (as
			// []rune does); U+FFFD written out is three bytes wide
			if w == 1 {
				valid = false
			}
		}
		rs = append(rs, r)
		offs = append(offs, int32(b))
		b += w
	}
	offs = append(offs, int32(len(text)))
	return rs, offs, valid
}

// tokenizeText is tokenize for a text, its runes and their byte offsets
// (runeOffsets; nil makes token texts copies); token texts are substrings of
// text.
func tokenizeText(text string, rs []rune, offs []int32) []token {
	toks := make([]token, 0, len(rs)/5)
	lineBeg := true
	byteOf := func(i int) int {
		if offs == nil {
			return -1
		}
		return int(offs[i])
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if !isWordRune(r) && (unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || unicode.Is(unicode.Cf, r)) {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				lineBeg = true
				if len(toks) > 0 {
					toks[len(toks)-1].nlAfter = true
				}
			}
			i++
			continue
		}
		start := i
		if isWordRune(r) {
			i++
			for i < len(rs) {
				c := rs[i]
				if isWordRune(c) {
					i++
					continue
				}
				if (c == '-' || c == '‑') && basedSuffix(rs, i+1) {
					break // "Sofia-based": the place is a word of its own
				}
				if (c == '-' || c == '.' || c == '/' || c == '\'' || c == '’' || c == '&' || c == '‑') && i+1 < len(rs) && isWordRune(rs[i+1]) {
					// keep "2018г" style dots out: a dot joins only like with like
					if c == '.' && !(unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])) && !(unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) && shortSegment(rs, start, i)) {
						if !(unicode.IsUpper(rs[i-1]) && unicode.IsDigit(rs[i+1])) {
							break
						}
					}
					i += 2
					continue
				}
				break
			}
			w := ""
			if bs, be := byteOf(start), byteOf(i); bs >= 0 {
				w = text[bs:be]
			} else {
				w = string(rs[start:i])
			}
			toks = append(toks, newWord(w, rs[start:i], start, i, lineBeg))
		} else {
			i++
			toks = append(toks, token{word: punctOf(r), s: start, e: i, lineBeg: lineBeg})
		}
		lineBeg = false
	}
	return toks
}

// basedSuffixes follow a place joined by a hyphen ("Sofia-based",
// "Varna-headquartered").
var basedSuffixes = []string{"based", "headquartered", "born"}

// basedSuffix reports whether rs[i:] opens with one of basedSuffixes as a
// whole word, in any case.
func basedSuffix(rs []rune, i int) bool {
	for _, w := range basedSuffixes {
		n := len(w)
		if i+n > len(rs) || i+n < len(rs) && isWordRune(rs[i+n]) {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if unicode.ToLower(rs[i+k]) != rune(w[k]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// shortSegment reports whether the letters since the last separator in
// rs[start:i] are at most two, as in abbreviations like "к.к" or "т.нар".
func shortSegment(rs []rune, start, i int) bool {
	n := 0
	for j := i - 1; j >= start && unicode.IsLetter(rs[j]); j-- {
		n++
	}
	return n <= 2
}

func isWordRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r >= 0x400 && r <= 0x45f:
		return true
	case r < 0x80:
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func newWord(text string, w []rune, s, e int, lineBeg bool) token {
	return token{word: wordOf(text, w), s: s, e: e, lineBeg: lineBeg}
}

var (
	wordMu    sync.RWMutex
	wordCache = map[string]*word{}
	punctMu   sync.RWMutex
	punctMemo = map[rune]*word{}
)

// punctOf returns the shared word of a punctuation rune.
func punctOf(r rune) *word {
	punctMu.RLock()
	w := punctMemo[r]
	punctMu.RUnlock()
	if w != nil {
		return w
	}
	w = &word{text: string(r), low: string(r), kind: tPunct, isQuote: resolve.IsQuote(r), isDash: resolve.IsDash(r)}
	w.lists = scanListsOf(w)
	punctMu.Lock()
	if len(punctMemo) > 10000 {
		punctMemo = map[rune]*word{}
	}
	punctMemo[r] = w
	punctMu.Unlock()
	return w
}

// wordOf returns the shared word of a text (w are its runes).
func wordOf(text string, w []rune) *word {
	wordMu.RLock()
	wi := wordCache[text]
	wordMu.RUnlock()
	if wi != nil {
		return wi
	}
	text = strings.Clone(text) // the cache must not pin the document
	t := &word{text: text, low: resolve.Lower(text), kind: tWord}
	t.stem = stemMemo.get(t.low)
	letters, uppers, lat, cyr := 0, 0, 0, 0
	for k, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if k == 0 {
					t.cap = true
				}
			}
			if r < 0x250 {
				lat++
			} else if r >= 0x400 && r < 0x530 {
				cyr++
			}
		}
	}
	t.digit = unicode.IsDigit(w[0])
	t.allCaps = letters >= 2 && uppers == letters
	t.latin = lat > 0 && cyr == 0
	lookupHead(t)
	t.trig = trigBits(t.low)
	t.key = wordKey(t)
	t.stop, t.nonName = stopwords[t.low], nonNames[t.low]
	t.lists = scanListsOf(t)
	wordMu.Lock()
	if len(wordCache) > 300000 {
		wordCache = map[string]*word{} // bound the memory of a long run
	}
	wordCache[text] = t
	wordMu.Unlock()
	return t
}

// sentence is a run of tokens [a, b) and its rune span.
type sentence struct {
	a, b int
	s, e int
}

// maxSentence is the length in tokens after which a sentence is cut at the
// next comma.
const maxSentence = 150

// abbrevs are lower-case words that a dot follows without ending a sentence.
var abbrevs = setOf("гр", "г", "с", "к.к", "кк", "ул", "бул", "пл", "инж", "проф", "доц", "акад", "арх", "св", "т.нар",
	"др", "напр", "вкл", "стр", "тел", "ет", "ап", "бл", "кв", "обл", "общ", "м", "ср", "чл", "ал", "т", "н", "ок",
	"млн", "млрд", "хил", "лв", "ген", "полк", "кап", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "prof", "inc", "ltd",
	"co", "св.св", "о", "р", "гл", "ас", "зам", "изп", "дир", "упр", "предс", "юни", "юли", "сек", "рег", "№", "e.g", "i.e", "д-р",
	"ян", "яну", "фев", "февр", "апр", "авг", "сеп", "септ", "окт", "ное", "ноем", "дек", "jan", "feb", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", "eng")

// sentences splits toks into sentences: at line breaks, and after . ! ? …
// when the next token starts a new sentence (capital, digit, quote) and the
// dot does not end an abbreviation. A sentence never ends inside an open
// quotation of moderate length, so long quoted titles stay whole.
func sentences(toks []token) []sentence {
	var out []sentence
	a := 0
	depth := 0
	openAt := -1
	flush := func(b int) {
		if b > a {
			out = append(out, sentence{a: a, b: b, s: toks[a].s, e: toks[b-1].e})
		}
		a = b
		depth, openAt = 0, -1
	}
	for i := range toks {
		t := &toks[i]
		if t.quote() {
			switch t.text {
			case "„", "«":
				depth++
				openAt = i
			case "“":
				if depth > 0 {
					depth--
				} else {
					depth++
					openAt = i
				}
			case "”", "»":
				if depth > 0 {
					depth--
				}
			case "\"":
				if depth > 0 && toks[openAt].text == "\"" {
					depth--
				} else {
					depth++
					openAt = i
				}
			}
		}
		if depth > 0 && openAt >= 0 && i-openAt > 60 {
			depth, openAt = 0, -1 // an unclosed quote does not hold the sentence open
		}
		if t.nlAfter {
			flush(i + 1)
			continue
		}
		// a run of text without sentence ends (a table, a dump) is cut into
		// pieces, which keeps the per-sentence rules linear
		if i+1-a >= maxSentence && (t.is(",") || t.is(";") || i+1-a >= 2*maxSentence) {
			flush(i + 1)
			continue
		}
		if t.kind != tPunct || i+1 >= len(toks) {
			continue
		}
		switch t.text {
		case ".", "!", "?", "…", ";":
		default:
			continue
		}
		if t.text == ";" {
			continue
		}
		if depth > 0 {
			continue
		}
		n := &toks[i+1]
		if !(n.cap || n.digit || n.quote() || (n.kind == tPunct && !n.is(",") && !n.is(")"))) {
			continue
		}
		if t.text == "." && i > 0 && toks[i-1].isWord() && toks[i-1].e == t.s && n.is("(") && strings.Contains(toks[i-1].text, ".") {
			continue // "Tessitura Adriatica S.p.A. (Italy)": a legal form's dot
		}
		if t.text == "." && i > 0 && toks[i-1].isWord() && toks[i-1].e == t.s {
			p := toks[i-1].low
			if abbrevs[p] && !(p == "г" && i > 1 && toks[i-2].digit && n.cap && !n.allCaps) {
				continue
			}
			if len([]rune(p)) == 1 && toks[i-1].cap { // initials: "Т. Тонев"
				continue
			}
		}
		flush(i + 1)
	}
	flush(len(toks))
	return out
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

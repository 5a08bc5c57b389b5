package extract

import (
	"slices"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// A text often reports its news by a verb ("Делегация ... посети Стара
// Загора", "X и Y подписаха меморандум") and then refers to the happening
// by the verb's noun ("Посещението беше организирано от ...", "На
// подписването присъства ..."). That noun names an event the annotators
// keep by its base form ("посещение", "подписване"), and the participation,
// organiser and place rules need it as the event the text speaks of.

// deverbal is an action noun, the articled forms that refer back to it
// and the verb forms that report it.
type deverbal struct {
	base  string
	nouns []string
	verbs []string
}

var deverbals = []deverbal{
	{"посещение", []string{"посещението"}, []string{"посети", "посетиха", "посещава", "посещават"}},
	{"гостуване", []string{"гостуването"}, []string{"гостува", "гостуваха"}},
	{"подписване", []string{"подписването"}, []string{"подписа", "подписаха", "подписан", "подписано", "подписана", "подписани"}},
	{"връчване", []string{"връчването"}, []string{"връчи", "връчиха", "връчен", "връчена", "връчено", "връчени"}},
	{"visit", []string{"visit"}, []string{"visited"}},
	{"signing", []string{"signing"}, []string{"signed"}},
}

// leadSentences is how many sentences past the headline may report the
// news by its verb.
const leadSentences = 3

// deverbalEvents adds the event a text refers to by the noun of the verb its
// headline or lead reports the news with. The verb must come first (the
// noun refers back to it) and the noun must be articled and free: "an
// official visit to" names nothing the text reported, and a noun inside a
// name is that name's. English nouns need "the" before them.
func deverbalEvents(dc *docCtx) {
	if len(dc.sents) == 0 {
		return
	}
	last := min(len(dc.sents), dc.title+1+leadSentences)
	for _, dv := range deverbals {
		verbAt := -1
		for si := dc.title; si < last && verbAt < 0; si++ {
			s := dc.sents[si]
			for i := s.a; i < s.b; i++ {
				if dc.toks[i].isWord() && slicesHas(dv.verbs, dc.toks[i].low) {
					verbAt = i
					break
				}
			}
		}
		if verbAt < 0 {
			continue
		}
		var first *cand
		for i := verbAt + 1; i < len(dc.toks); i++ {
			t := &dc.toks[i]
			if !t.isWord() || dc.claimed[i] != nil || !slicesHas(dv.nouns, t.low) {
				continue
			}
			if t.latin && (i == 0 || dc.toks[i-1].low != "the") {
				continue
			}
			if !happeningContext(dc, i) {
				continue // "подписването на договора е условие за ...": a topic
			}
			if namesOtherEvent(dc, i) {
				// "Подписването се състоя в рамките на форума X": a moment
				// of the named event, not an event of its own
				continue
			}
			c := &cand{a: i, b: i + 1, typ: kg.Event, name: dv.base, aliases: []string{t.text}, prio: 3, evHead: dv.base}
			dc.add(c)
			if dc.claimed[i] != c {
				continue
			}
			if first == nil {
				first = c
			}
		}
		if first != nil && dc.deverbal == nil {
			dc.deverbal, dc.deverbalAt = first, verbAt
		}
	}
}

// slicesHas reports whether the lower-case word w is in list (lower case
// too): a plain comparison, as case folding every token of every text
// against every verb cost 5% of extraction.
func slicesHas(list []string, w string) bool {
	return slices.Contains(list, w)
}

// namesOtherEvent reports a sentence around token i that names an event.
func namesOtherEvent(dc *docCtx, i int) bool {
	for _, s := range dc.sents {
		if i < s.a || i >= s.b {
			continue
		}
		for j := s.a; j < s.b; j++ {
			if c := dc.claimed[j]; c != nil && c.typ == kg.Event {
				return true
			}
		}
	}
	return false
}

// happeningContext reports an action noun used as an event: the subject a
// sentence opens with ("Посещението беше организирано ...", "The visit
// included ..."), or the occasion after "на", "при", "по време на", "след"
// of someone attending or speaking ("На подписването присъства X", "„...“,
// каза при подписването Y", "At the signing, X said").
func happeningContext(dc *docCtx, i int) bool {
	for _, s := range dc.sents {
		if i < s.a || i >= s.b {
			continue
		}
		j := i - 1
		if j >= s.a && dc.toks[j].low == "the" {
			j--
		}
		if j < s.a {
			return true
		}
		if j != s.a {
			return false // the occasion opens the sentence ("На подписването присъства X")
		}
		switch dc.toks[j].low {
		case "на", "при", "след", "at", "after", "during":
		default:
			return false
		}
		for k := s.a; k < s.b; k++ {
			if attendOrSay(dc.toks[k].low) {
				return true
			}
		}
		return false
	}
	return false
}

// attendOrSay reports a verb of attending or speaking at an occasion.
func attendOrSay(low string) bool {
	for _, p := range []string{"присъства", "участва", "каза", "заяви", "сподели", "подчерта", "говори", "приветства", "attended", "said", "spoke", "stressed", "welcomed"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// deverbalVerb reports a verb at token i that reports the happening the text
// later names by its noun (dc.deverbal).
func (sc *sentCtx) deverbalVerb(i int) bool {
	d := sc.dc.deverbal
	if d == nil {
		return false
	}
	for _, dv := range deverbals {
		if dv.base == d.evHead && slicesHas(dv.verbs, sc.tok(i).low) {
			return true
		}
	}
	return false
}

// skipTimeWords skips the adverbs of time between a verb and its subject
// ("подписаха днес X").
func skipTimeWords(sc *sentCtx, i int) int {
	for i < sc.s.b {
		switch sc.tok(i).low {
		case "днес", "вчера", "официално", "тържествено", "today", "yesterday", "officially":
			i++
			continue
		}
		return i
	}
	return i
}

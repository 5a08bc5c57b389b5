package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// hostComplement reads who organised an event from a complement of the
// sentence that tells of it, whatever its verb (`TestOrganiserFrames`):
// "Форумът се проведе с домакинството на X", "... под домакинството на Y",
// "... по инициатива на Z", "held at the initiative of W". The host hosts
// and the initiator organises the event the sentence names (before the
// complement, else after it), else the one in play when the sentence
// says something happened. A sentence with a verb of organising reads its
// own agents (see organizing).
func (r *run) hostComplement(sc *sentCtx) {
	for i := sc.s.a + 1; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		role := ""
		switch {
		case hasPrefix(t, "домакинството", "домакинство") && (sc.tok(i-1).low == "с" || sc.tok(i-1).low == "със" || sc.tok(i-1).low == "под"):
			role = "host"
		case (t.low == "инициатива" && sc.tok(i-1).low == "по" || t.low == "initiative" && i-2 >= sc.s.a && sc.tok(i-1).low == "the" && (sc.tok(i-2).low == "at" || sc.tok(i-2).low == "on")) &&
			sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
				return hasPrefix(t, "организира", "organis", "organiz", "co-organ", "съорганиз")
			}) < 0:
			role = "organizer"
		default:
			continue
		}
		o := sc.ofItemAfter(i)
		if o == nil || !isOrg(o.g) {
			continue
		}
		var event *group
		if ev := sc.nearestBefore(i, isEvent); ev != nil {
			event = ev.g
		} else if ev := sc.eventRefAfter(o.b); ev != nil {
			event = ev.g
		} else if sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return happenVerbs[t.low] && t.low != "се" }) >= 0 {
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		for _, x := range sc.coordinatedAfter(o, isOrg) {
			if x.g != event {
				r.addRel(sc.dc, sc.s, kg.Organized, x.g, event, "role", role)
			}
		}
	}
}

// ofItemAfter returns the item named after token i by "на"/"of" (an English
// "the" between), as in "домакинството на X", "the stand of the X"; nil when
// none is.
func (sc *sentCtx) ofItemAfter(i int) *item {
	at := i + 1
	if w := sc.tok(at).low; w != "на" && w != "of" {
		return nil
	}
	at++
	if at < sc.s.b && sc.tok(at).low == "the" {
		at++
	}
	return sc.itemAt(at)
}

package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// dctx is the state of one document: the entities it is about, its quote
// style, and what it has already introduced (so later mentions can be short).
type dctx struct {
	w        *world
	r        *rand.Rand
	q        quotes
	c, c2, a int // main cluster, another cluster, association (org indices)
	o        int // another organisation
	x, y, z  int // people: of the main cluster, anyone, of the association or organiser
	p        int // project
	e        int // event
	seenOrg  map[int]bool
	seenPers map[int]bool
	log      []int // introductions in order (people as -1-i), to undo a rejected sentence
}

func (d *dctx) markOrg(i int) {
	d.seenOrg[i] = true
	d.log = append(d.log, i)
}

// rollback forgets the introductions made since checkpoint cp.
func (d *dctx) rollback(cp int) {
	for _, x := range d.log[cp:] {
		if x >= 0 {
			delete(d.seenOrg, x)
		} else {
			delete(d.seenPers, -1-x)
		}
	}
	d.log = d.log[:cp]
}

func (d *dctx) chance(p float64) bool { return d.r.Float64() < p }

func (d *dctx) pick(xs ...string) string { return xs[d.r.IntN(len(xs))] }

// org mentions an organisation: the full name first, later sometimes its
// acronym or the name without quotes.
func (d *dctx) org(i int) string {
	o := &d.w.orgs[i]
	full := o.nm.render(d.q, o.kind == kCluster && d.chance(0.2))
	if !d.seenOrg[i] {
		d.markOrg(i)
		if o.acr != "" && d.chance(0.5) {
			return full + " (" + o.acr + ")"
		}
		return full
	}
	if o.acr != "" && d.chance(0.5) {
		return o.acr
	}
	return full
}

// orgFrom adds the country of a foreign organisation.
func (d *dctx) orgFrom(i int) string {
	o := &d.w.orgs[i]
	if o.country == 0 {
		return d.org(i)
	}
	return d.org(i) + " от " + countries[o.country].name
}

func (d *dctx) honor(i int) string {
	p := &d.w.people[i]
	if p.title != "" {
		return p.title
	}
	if p.female {
		return "г-жа"
	}
	return "г-н"
}

// personTitled: "д-р Иван Петров", or "г-н Петров" once introduced.
func (d *dctx) personTitled(i int) string {
	p := &d.w.people[i]
	if d.seenPers[i] && d.chance(0.5) {
		return d.honor(i) + " " + p.last
	}
	if !d.seenPers[i] {
		d.seenPers[i] = true
		d.log = append(d.log, -1-i)
	}
	if d.chance(0.3) && p.title == "" {
		return p.first + " " + p.last
	}
	return d.honor(i) + " " + p.first + " " + p.last
}

// personNameRole: "Иван Петров, управител на X", "д-р Иван Петров (председател на УС на X)", ...
func (d *dctx) personNameRole(i int) string {
	p := &d.w.people[i]
	n := d.personTitled(i)
	style := d.r.IntN(3)
	var at string
	if style != 1 {
		at = p.role.ind + " на " + d.org(p.org)
	}
	switch style {
	case 0:
		return n + ", " + at + ","
	case 1:
		// No acronym introduction inside the parentheses.
		if !d.seenOrg[p.org] {
			d.markOrg(p.org)
		}
		return n + " (" + p.role.ind + " на " + d.org(p.org) + ")"
	default:
		return n + " – " + at
	}
}

// personRoleFirst: "изпълнителният директор на X – г-н Иван Петров".
func (d *dctx) personRoleFirst(i int) string {
	p := &d.w.people[i]
	at := p.role.def + " на " + d.org(p.org)
	if d.chance(0.5) {
		return at + " – " + d.personTitled(i)
	}
	return at + " " + d.personTitled(i)
}

func (d *dctx) ev() *event       { return &d.w.events[d.e] }
func (d *dctx) kind() eventKind  { return eventKinds[d.ev().kind] }
func (d *dctx) proj() *project   { return &d.w.projects[d.p] }
func (d *dctx) prog() *programme { return &programmes[d.proj().prog] }

// evFull is the indefinite event phrase with its defining complement.
func (d *dctx) evFull() string {
	e := d.ev()
	s := e.label.render(d.q, false)
	switch e.kind {
	case evAssembly:
		s += " на " + d.org(e.organiser)
	case evMeeting:
		if e.project >= 0 {
			s += " по проекта " + d.w.projects[e.project].acr
		}
	case evInfoDay:
		if e.prog >= 0 {
			s += " по " + programmes[e.prog].short
		}
	}
	return s
}

// evDate writes the event date in one of the formats Bulgarian sites use.
// lead allows the "16 февруари, понеделник," form, which only fits at the
// start of a sentence.
func (d *dctx) evDate(lead bool) string {
	e := d.ev()
	if !e.end.Equal(e.start) {
		return dateRange(e.start, e.end, d.r.IntN(3))
	}
	switch d.r.IntN(6) {
	case 0:
		return dateNumeric(e.start, true)
	case 1:
		return dateLong(e.start)
	case 2:
		return dateLongComma(e.start)
	case 3:
		return dateDayMonth(e.start)
	case 4:
		if lead {
			return dateWeekday(e.start)
		}
		return dateNumeric(e.start, true)
	default:
		return dateNumeric(e.start, false)
	}
}

// evPlace: "в хотел „Орфей“, гр. Пловдив", "в Барселона, Испания", "във Варна".
func (d *dctx) evPlace() string {
	e := d.ev()
	if e.country != 0 {
		return "в " + e.city + ", " + countries[e.country].name
	}
	if e.venue >= 0 {
		v := d.w.venues[e.venue]
		if v.resort != "" {
			return "в " + v.nm.render(d.q, false) + ", к.к. " + d.q.wrap(v.resort) + ", гр. " + v.city
		}
		if d.chance(0.5) {
			return "в " + v.nm.render(d.q, false) + ", гр. " + v.city
		}
		return "в " + v.nm.render(d.q, false) + " " + inCity(v.city, false)
	}
	return inCity(e.city, d.chance(0.5))
}

func (d *dctx) fundDef(pg *programme) string {
	if pg.fund == fundEU {
		return "Европейския съюз"
	}
	f := funds[pg.fund]
	if f.acr != "" && d.chance(0.3) {
		return f.acr
	}
	return f.def
}

// funded states the project's programme and fund in one of the usual word orders.
func (d *dctx) funded() string {
	pg := d.prog()
	if pg.fund == fundEU {
		return "финансиран от Европейския съюз по " + d.progName(pg)
	}
	if d.chance(0.5) {
		return "финансиран по " + d.progName(pg) + " чрез " + d.fundDef(pg)
	}
	return "финансиран от " + d.fundDef(pg) + " чрез " + d.progName(pg)
}

func (d *dctx) progName(pg *programme) string {
	if d.chance(0.25) {
		return pg.short
	}
	return pg.nm.render(d.q, false)
}

// projRef: "проекта TRACE-KEI", or with its code and quoted title.
func (d *dctx) projRef(def bool) string {
	p := d.proj()
	head := "проект"
	if def {
		head = "проекта"
	}
	switch d.r.IntN(5) {
	case 0:
		return head + " " + p.acr + " " + d.q.wrap(p.title)
	case 1:
		return head + " № " + p.code + " " + d.q.wrap(p.title)
	default:
		return head + " " + p.acr
	}
}

// partnerList renders the project's partners inline with countries and roles.
func (d *dctx) partnerList(ps []partner) string {
	var parts []string
	for _, pt := range ps {
		s := d.orgFrom(pt.org)
		if d.w.orgs[pt.org].country == 0 && d.chance(0.5) {
			s = d.org(pt.org) + " (България)"
		}
		if pt.role != "партньор" {
			s += " – " + pt.role
		}
		parts = append(parts, s)
	}
	return joinAnd(parts)
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " и " + xs[len(xs)-1]
}

// bgPartner returns a Bulgarian cluster partner of project p, or -1.
func (w *world) bgPartner(p int) int {
	for _, pt := range w.projects[p].partners {
		if o := w.orgs[pt.org]; o.country == 0 && o.kind == kCluster {
			return pt.org
		}
	}
	return -1
}

func (d *dctx) roleIn(p int, o int) string {
	for _, pt := range d.w.projects[p].partners {
		if pt.org == o {
			return pt.role
		}
	}
	return ""
}

func (d *dctx) personOf(o int, fallback int) int {
	if ps := d.w.orgs[o].people; len(ps) > 0 {
		return ps[d.r.IntN(len(ps))]
	}
	return fallback
}

// template is one sentence structure; it returns "" when the document's
// entities do not fit it (then another template is used).
type template struct {
	open bool // can start a report
	f    func(d *dctx) string
}

var templates = []template{
	// 0: participation, date first
	{true, func(d *dctx) string {
		return "На " + d.evDate(true) + " " + d.evPlace() + " " + d.org(d.c) + " участва в " + d.evFull() + "."
	}},
	// 1: event held, subject first
	{true, func(d *dctx) string {
		return capFirst(d.evFull()) + " се проведе на " + d.evDate(false) + " " + d.evPlace() + "."
	}},
	// 2: organiser first with relative clause
	{true, func(d *dctx) string {
		return capFirst(d.org(d.ev().organiser)) + " организира " + d.evFull() + ", " +
			agree(d.kind().gender, "който", "която", "което") + " се състоя " + d.evPlace() + " на " + d.evDate(false) + "."
	}},
	// 3: project start with funding
	{true, func(d *dctx) string {
		if d.roleIn(d.p, d.c) == "" {
			return ""
		}
		return capFirst(d.org(d.c)) + " започна работа по " + d.projRef(true) + ", " + d.funded() + "."
	}},
	// 4: project launched, participant role
	{true, func(d *dctx) string {
		role := d.roleIn(d.p, d.c)
		if role == "" {
			return ""
		}
		return "Стартира " + strings.Replace(d.projRef(true), "проекта", "проектът", 1) + ", в който " + d.org(d.c) + " участва като " + role + "."
	}},
	// 5: city-and-date lead
	{true, func(d *dctx) string {
		e := d.ev()
		return e.city + ", " + dateLong(e.start) + " – " + capFirst(d.evFull()) + " събра " + fmt.Sprint(e.people) +
			" представители на клъстери, фирми и институции."
	}},
	// 6: organised by ... together with ...
	{false, func(d *dctx) string {
		e := d.ev()
		s := capFirst(d.pick("събитието беше", d.kind().def+" беше", d.kind().def+" бе")) + " " +
			agree(d.kind().gender, "организиран", "организирана", "организирано") + " от " + d.org(e.organiser)
		if strings.HasPrefix(s, "Събитието") {
			s = strings.Replace(s, "организиран ", "организирано ", 1)
			s = strings.Replace(s, "организирана ", "организирано ", 1)
		}
		if len(e.co) > 0 {
			var cs []string
			for _, c := range e.co {
				cs = append(cs, d.org(c))
			}
			s += " съвместно с " + joinAnd(cs)
		}
		return s + "."
	}},
	// 7: venue
	{false, func(d *dctx) string {
		return capFirst(d.pick("събитието се проведе ", d.kind().def+" се състоя ", d.kind().def+" се проведе ")) + d.evPlace() + "."
	}},
	// 8: attendance
	{false, func(d *dctx) string {
		return capFirst(d.kind().def) + " събра " + fmt.Sprint(d.ev().people) + " участници – представители на клъстери, фирми, университети и местната власт."
	}},
	// 9: opening speech, role first
	{false, func(d *dctx) string {
		return "При откриването " + d.personRoleFirst(d.x) + " приветства участниците и представи дейността на " + d.org(d.w.people[d.x].org) + " през изминалата година."
	}},
	// 10: presentation of a project
	{false, func(d *dctx) string {
		return capFirst(d.personNameRole(d.y)) + " представи " + d.projRef(true) + " и постигнатите до момента резултати."
	}},
	// 11: funded by programme through fund
	{false, func(d *dctx) string {
		if d.chance(0.5) {
			return capFirst(d.projRef(false)) + " е " + d.funded() + "."
		}
		return "Дейностите се изпълняват по " + d.projRef(true) + ", " + d.funded() + "."
	}},
	// 12: project goal
	{false, func(d *dctx) string {
		return d.proj().acr + " е проект, който цели " + d.proj().goal + "."
	}},
	// 13: main goal
	{false, func(d *dctx) string {
		return "Основната цел на проекта " + d.proj().acr + " е " + d.proj().goal + "."
	}},
	// 14: partners inline
	{false, func(d *dctx) string {
		ps := d.proj().partners
		if len(ps) < 2 {
			return ""
		}
		return "Партньори по " + d.projRef(true) + " са " + d.partnerList(ps) + "."
	}},
	// 15: partners as a bullet list
	{false, func(d *dctx) string {
		ps := d.proj().partners
		if len(ps) < 3 {
			return ""
		}
		var b strings.Builder
		b.WriteString("Участващи партньори в " + d.projRef(false) + " са общо " + fmt.Sprint(len(ps)) + " организации:\n")
		for _, pt := range ps {
			o := d.w.orgs[pt.org]
			b.WriteString("\n  • " + d.org(pt.org))
			if o.country == 0 {
				b.WriteString(", България")
			} else {
				b.WriteString(" от " + countries[o.country].name)
			}
			if pt.role == "координатор" || pt.role == "водещ партньор" {
				b.WriteString(" – " + pt.role + " на проекта")
			}
		}
		return b.String()
	}},
	// 16: membership
	{false, func(d *dctx) string {
		c := d.w.orgs[d.c]
		if c.memberOf != d.a {
			return ""
		}
		if d.chance(0.5) {
			return capFirst(d.org(d.c)) + " е член на " + d.org(d.a) + " от " + fmt.Sprint(c.since) + " г."
		}
		return "От " + fmt.Sprint(c.since) + " г. " + d.org(d.c) + " членува в " + d.org(d.a) + "."
	}},
	// 17: members of the cluster
	{false, func(d *dctx) string {
		ms := d.w.orgs[d.c].members
		if len(ms) < 2 {
			return ""
		}
		var ns []string
		for _, m := range ms[:min(len(ms), 4)] {
			ns = append(ns, d.org(m))
		}
		return "Сред членовете на " + d.org(d.c) + " са " + joinAnd(ns) + "."
	}},
	// 18: quote, then speaker
	{false, func(d *dctx) string {
		return d.q.wrap(pickOne(d.r, quoteSayings)) + ", " + d.pick("заяви", "сподели", "подчерта", "каза") + " " + strings.TrimSuffix(d.personNameRole(d.x), ",") + "."
	}},
	// 19: speaker, then reported speech
	{false, func(d *dctx) string {
		s := pickOne(d.r, quoteSayings)
		return capFirst(d.personTitled(d.z)) + " " + d.pick("подчерта", "отбеляза", "изтъкна") + ", че " + lowerFirst(s) + "."
	}},
	// 20: grant contract
	{false, func(d *dctx) string {
		p := d.proj()
		s := "Договорът за безвъзмездна финансова помощ № " + p.code + " е на стойност " + groupThousands(p.budget) + " лв."
		if d.prog().fund != fundEU && d.chance(0.6) {
			s += ", като " + fmt.Sprint(70+5*d.r.IntN(6)) + "% от средствата са осигурени от " + d.fundDef(d.prog()) + "."
		}
		return s
	}},
	// 21: moderator
	{false, func(d *dctx) string {
		return "Дискусията беше модерирана от " + strings.TrimSuffix(d.personNameRole(d.z), ",") + "."
	}},
	// 22: topics discussed
	{false, func(d *dctx) string {
		i := d.r.IntN(len(discussionTopics))
		t := []string{discussionTopics[i], discussionTopics[(i+3)%len(discussionTopics)], discussionTopics[(i+7)%len(discussionTopics)]}
		return "В рамките на " + d.kind().obj + " бяха обсъдени " + joinAnd(t) + "."
	}},
	// 23: company visit
	{false, func(d *dctx) string {
		o := d.w.orgs[d.o]
		if o.kind != kCompany || o.country != 0 {
			return ""
		}
		return "Участниците посетиха " + d.org(d.o) + " " + inCity(o.city, d.chance(0.3)) + ", където се запознаха с производствения процес и новите продукти на фирмата."
	}},
	// 24: next meeting abroad
	{false, func(d *dctx) string {
		c := 1 + d.r.IntN(len(countries)-1)
		t := d.ev().start.AddDate(0, 3+d.r.IntN(6), 0)
		return "Следващата среща по " + d.projRef(true) + " ще се проведе през " + months[t.Month()-1] + " " + fmt.Sprint(t.Year()) + " г. в " +
			pickOne(d.r, countries[c].cities) + ", " + countries[c].name + "."
	}},
	// 25: cluster profile, based in
	{false, func(d *dctx) string {
		c := d.w.orgs[d.c]
		return capFirst(d.org(d.c)) + " е " + d.pick("базиран", "със седалище") + " " + inCity(c.city, d.chance(0.4)) + " и обединява " +
			fmt.Sprint(c.firms) + " фирми, университети и организации в областта на " + sectors[c.sector].field + "."
	}},
	// 26: project duration
	{false, func(d *dctx) string {
		p := d.proj()
		return "Проектът стартира през " + months[p.start.Month()-1] + " " + fmt.Sprint(p.start.Year()) + " г. и е с продължителност " + fmt.Sprint(p.months) + " месеца."
	}},
	// 27: memorandum
	{false, func(d *dctx) string {
		return capFirst(d.org(d.o)) + " и " + d.org(d.c) + " подписаха меморандум за сътрудничество в областта на " + sectors[d.w.orgs[d.c].sector].field + "."
	}},
	// 28: support
	{false, func(d *dctx) string {
		return "Инициативата се реализира с подкрепата на " + d.org(d.o) + " и " + d.org(d.a) + "."
	}},
	// 29: event within project
	{false, func(d *dctx) string {
		if d.ev().project != d.p {
			return ""
		}
		return capFirst(d.kind().def) + " е част от дейностите по " + d.projRef(true) + ", изпълняван по " + d.progName(d.prog()) + "."
	}},
	// 30: results presented during the event
	{false, func(d *dctx) string {
		return "По време на " + d.kind().obj + " " + d.personTitled(d.y) + " от " + d.org(d.w.people[d.y].org) + " представи резултатите от " +
			d.projRef(true) + " и предстоящите дейности за " + fmt.Sprint(d.ev().start.Year()+1) + " г."
	}},
	// 31: association profile with its head
	{false, func(d *dctx) string {
		a := d.w.orgs[d.a]
		ps := a.people
		if len(ps) == 0 {
			return ""
		}
		p := d.w.people[ps[0]]
		return capFirst(d.org(d.a)) + " обединява " + fmt.Sprint(max(len(a.members), 3)) + " клъстерни организации от цялата страна, а " +
			p.role.ind + " на асоциацията е " + d.personTitled(ps[0]) + "."
	}},
	// 32: greeted by (name, role)
	{false, func(d *dctx) string {
		return "Участниците бяха приветствани от " + strings.TrimSuffix(d.personNameRole(d.z), ",") + "."
	}},
	// 33: more information
	{false, func(d *dctx) string {
		return "Повече информация за " + d.projRef(true) + " може да бъде намерена на " + d.w.orgs[d.c].site + "."
	}},
	// 34: foreign lead
	{false, func(d *dctx) string {
		ps := d.proj().partners
		lead := d.w.orgs[ps[0].org]
		if lead.country == 0 || d.roleIn(d.p, d.c) == "" {
			return ""
		}
		return "Водещ партньор по проекта е " + d.org(ps[0].org) + " от " + countries[lead.country].name + ", а от българска страна участва " + d.org(d.c) + "."
	}},
	// 35: two clusters cooperate
	{false, func(d *dctx) string {
		return capFirst(d.org(d.c)) + " и " + d.orgFrom(d.c2) + " ще работят съвместно в сферата на " + sectors[d.w.orgs[d.c].sector].field +
			", като обменят опит и подготвят общи проектни предложения."
	}},
	// 36: project presented at the event
	{false, func(d *dctx) string {
		return "Проект " + d.proj().acr + " беше представен на " + d.evFull() + " " + d.evPlace() + "."
	}},
	// 37: talk on a theme, subject last
	{false, func(d *dctx) string {
		return "С доклад на тема " + d.q.wrap(pickOne(d.r, themesA)) + " пред участниците се представи " + strings.TrimSuffix(d.personNameRole(d.y), ",") + "."
	}},
	// 38: guests
	{false, func(d *dctx) string {
		if d.y == d.z {
			return ""
		}
		return "Сред гостите бяха " + strings.TrimSuffix(d.personNameRole(d.y), ",") + " и " + strings.TrimSuffix(d.personNameRole(d.z), ",") + "."
	}},
	// 39: programme of the day
	{false, func(d *dctx) string {
		e := d.ev()
		if !e.end.Equal(e.start) {
			return "Вторият ден от " + d.kind().obj + " беше посветен на съвместни работни сесии и бизнес срещи между участниците."
		}
		return "Програмата включваше панелна дискусия, представяне на добри практики и двустранни бизнес срещи."
	}},
	// 40: plan to apply
	{false, func(d *dctx) string {
		pg := &programmes[d.w.progs[d.r.IntN(len(d.w.progs))]]
		return "През " + fmt.Sprint(d.ev().start.Year()+1) + " г. " + d.org(d.c) + " планира да кандидатства по " + d.progName(pg) +
			" с ново проектно предложение в сферата на " + sectors[d.w.orgs[d.c].sector].field + "."
	}},
	// 41: programme and its fund
	{false, func(d *dctx) string {
		pg := d.prog()
		if pg.fund == fundEU {
			return capFirst(pg.nm.render(d.q, false)) + " се управлява пряко от Европейската комисия."
		}
		return capFirst(pg.nm.render(d.q, false)) + " се съфинансира от Европейския съюз чрез " + funds[pg.fund].def + "."
	}},
	// 42: strategy
	{false, func(d *dctx) string {
		p := d.proj()
		if p.strategy < 0 {
			return ""
		}
		return "Проектът " + p.acr + " допринася за изпълнението на " + strategies[p.strategy] + "."
	}},
	// 43: foreign partner of the cluster
	{false, func(d *dctx) string {
		o := d.w.orgs[d.c2]
		if o.country == 0 {
			return ""
		}
		return capFirst(d.org(d.c2)) + " от " + countries[o.country].name + " е сред най-активните партньори на " + d.org(d.c) + " в международни инициативи."
	}},
	// 44: role holder, name first
	{false, func(d *dctx) string {
		p := d.w.people[d.x]
		return capFirst(d.personTitled(d.x)) + " е " + p.role.ind + " на " + d.org(p.org) + " от " + fmt.Sprint(d.w.orgs[p.org].founded+1+d.r.IntN(8)) + " г."
	}},
	// 45: agenda as bullets
	{false, func(d *dctx) string {
		var b strings.Builder
		b.WriteString(capFirst(d.pick("основните теми на ", "в програмата на ", "акцентите на ")+d.kind().obj) + " бяха:\n")
		i := d.r.IntN(len(discussionTopics))
		for k := range 3 + d.r.IntN(3) {
			b.WriteString("\n • " + capFirst(discussionTopics[(i+k*5)%len(discussionTopics)]) + ";")
		}
		return strings.TrimSuffix(b.String(), ";") + "."
	}},
	// 46: project activities as bullets
	{false, func(d *dctx) string {
		var b strings.Builder
		b.WriteString("Основните дейности по проекта " + d.proj().acr + " включват:\n")
		i := d.r.IntN(len(goalObjects))
		for k := range 3 + d.r.IntN(3) {
			b.WriteString("\n • " + capFirst(goalActions[(i+k)%len(goalActions)]) + " " + goalObjects[(i+k*4)%len(goalObjects)] + " " + goalMeans[(i+k)%len(goalMeans)] + ";")
		}
		return strings.TrimSuffix(b.String(), ";") + "."
	}},
	// 47: long descriptive sentence, theme and purpose
	{false, func(d *dctx) string {
		e := d.ev()
		return capFirst(d.kind().def) + ", " + agree(d.kind().gender, "посветен", "посветена", "посветено") + " на темата " +
			d.q.wrap(pickOne(d.r, themesA)) + ", беше част от поредицата инициативи на " + d.org(e.organiser) +
			" за насърчаване на сътрудничеството между клъстерите, научните организации и публичните институции, като целта бе да се подпомогнат българските фирми в излизането им на нови пазари и в привличането на партньори за съвместни проекти."
	}},
	// 48: who took part, with counts
	{false, func(d *dctx) string {
		e := d.ev()
		n := e.people
		return "В " + d.kind().obj + " взеха участие " + fmt.Sprint(n) + " души, сред които " + fmt.Sprint(1+n/4) + " представители на клъстерни организации, " +
			fmt.Sprint(1+n/3) + " на фирми членове, както и експерти от " + d.org(d.o) + ", които споделиха опит от изпълнението на проекти по " + d.progName(d.prog()) + "."
	}},
}

// tidy removes the doubled full stop left when a sentence ends in "г."
// and the one after a name ending in a dot ("d.o.o.").
func tidy(s string) string { return strings.ReplaceAll(s, "..", ".") }

func groupThousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// compose writes one document and reports which templates it used.
func compose(w *world, cfg Config, r *rand.Rand) (string, []int) {
	d := &dctx{w: w, r: r, q: quoteStyles[r.IntN(len(quoteStyles))], seenOrg: map[int]bool{}, seenPers: map[int]bool{}}
	d.e = w.pick["event"].draw(r)
	e := &w.events[d.e]
	d.p = w.pick["project"].draw(r)
	if e.project >= 0 {
		d.p = e.project
	} else {
		// Prefer a project that was running at the time of the event.
		for range 20 {
			p := &w.projects[d.p]
			if !e.start.Before(p.start) && e.start.Before(p.start.AddDate(0, p.months+12, 0)) {
				break
			}
			d.p = w.pick["project"].draw(r)
		}
	}
	switch r.IntN(3) {
	case 0: // about the event's organiser
		d.c = e.organiser
		if w.orgs[d.c].kind != kCluster {
			d.c = w.bgClusters[w.pick["bgcluster"].draw(r)]
		}
	case 1: // about a project partner
		d.c = w.bgPartner(d.p)
		if d.c < 0 {
			d.c = w.bgClusters[w.pick["bgcluster"].draw(r)]
		}
	default:
		d.c = w.bgClusters[w.pick["bgcluster"].draw(r)]
	}
	d.c2 = w.clusters[w.pick["cluster"].draw(r)]
	if d.c2 == d.c && len(w.foreign) > 0 {
		d.c2 = w.foreign[w.pick["foreign"].draw(r)]
	}
	d.a = w.orgs[d.c].memberOf
	if d.a < 0 {
		d.a = w.assocs[w.pick["assoc"].draw(r)]
	}
	if len(w.others) > 0 {
		d.o = w.others[w.pick["other"].draw(r)]
	} else {
		d.o = d.c2
	}
	d.y = w.pick["person"].draw(r)
	d.x = d.personOf(d.c, d.y)
	d.z = d.personOf(d.a, d.y)
	if r.IntN(2) == 0 {
		d.z = d.personOf(e.organiser, d.z)
	}

	var head []string
	var used []int
	var body []string

	// Openers first, then the other templates in a random order.
	order := r.Perm(len(templates))
	var opens, rest []int
	for _, t := range order {
		if templates[t].open {
			opens = append(opens, t)
		} else {
			rest = append(rest, t)
		}
	}
	for _, t := range opens {
		cp := len(d.log)
		if s := tidy(templates[t].f(d)); s != "" {
			body, used = append(body, s), append(used, t)
			break
		}
		d.rollback(cp)
	}
	headline := d.headline()
	head = append(head, d.chrome(headline)...)

	var foot []string
	if r.Float64() < 0.35 {
		foot = append(foot, d.footer()...)
	}
	disclaimed := r.Float64() < 0.15
	if disclaimed {
		foot = append(foot, d.disclaimer())
	}
	words := countWords(strings.Join(head, " ")) + countWords(strings.Join(foot, " ")) + countWords(body[0])
	// Aim at a random length between the bounds, so documents spread over
	// the range rather than bunching at MinWords.
	target := 4 + r.IntN(5)
	wordTarget := cfg.MinWords + r.IntN(max((cfg.MaxWords-cfg.MinWords)/3, 1))
	next := 0
	for next < len(rest) && len(body) < 12 && (len(body) < target || words < wordTarget) {
		t := rest[next]
		next++
		// A rejected sentence must not count as having introduced anyone.
		cp := len(d.log)
		s := tidy(templates[t].f(d))
		if n := countWords(s); s != "" && (words+n <= cfg.MaxWords || len(body) < 4) {
			body, used, words = append(body, s), append(used, t), words+n
		} else {
			d.rollback(cp)
		}
	}
	// Twelve sentences can fall short of a high MinWords: pad with the blocks
	// real sites carry (a funding notice, agenda bullets, related news). Each
	// block is under 100 words and MaxWords >= MinWords+100, so the upper
	// bound holds.
	for k := 0; words < cfg.MinWords && k < 50; k++ {
		var f string
		switch {
		case k == 0 && !disclaimed:
			f = d.disclaimer()
		case k <= 1:
			f = d.agenda()
		default:
			f = d.related()
		}
		foot, words = append(foot, f), words+countWords(f)
	}

	var b strings.Builder
	for _, h := range head {
		b.WriteString(h)
		b.WriteString("\n\n")
	}
	// Paragraphs of 1-4 sentences; bullet blocks stand alone.
	for i := 0; i < len(body); {
		n := 1 + r.IntN(4)
		var para []string
		for ; i < len(body) && len(para) < n; i++ {
			if strings.Contains(body[i], "\n") {
				if len(para) > 0 {
					break
				}
				para = append(para, body[i])
				i++
				break
			}
			para = append(para, body[i])
		}
		b.WriteString(strings.Join(para, " "))
		b.WriteString("\n\n")
	}
	for _, f := range foot {
		b.WriteString(f)
		b.WriteString("\n\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n", used
}

func (d *dctx) headline() string {
	e := d.ev()
	// Headlines do not count as introductions.
	cp := len(d.log)
	defer d.rollback(cp)
	switch d.r.IntN(5) {
	case 0:
		return d.w.orgs[d.c].nm.render(d.q, d.chance(0.5)) + " участва в " + d.evFull() + " на " + d.pick(dateLongComma(e.start), dateDayMonth(e.start))
	case 1:
		if e.country == 0 {
			return capFirst(d.evFull()) + " се проведе " + inCity(e.city, false)
		}
	case 2:
		if d.roleIn(d.p, d.c) != "" {
			return d.w.orgs[d.c].nm.render(d.q, true) + " започна нов проект по " + d.prog().short
		}
	case 3:
		return "Стартира проектът " + d.proj().acr
	}
	return capFirst(d.evFull())
}

// chrome adds site furniture around the headline: a counter, a list of
// related posts with "Покажи всички", a dateline.
func (d *dctx) chrome(headline string) []string {
	r := d.r
	e := d.ev()
	pub := e.start.AddDate(0, 0, r.IntN(12))
	var out []string
	if r.Float64() < 0.15 {
		out = append(out, "Bulgarian English")
	}
	if r.Float64() < 0.35 {
		out = append(out, headline)
		var rel []string
		for k := 1 + r.IntN(2); k > 0; k-- {
			o := &d.w.events[d.w.pick["event"].draw(r)]
			t := o.label.render(d.q, false)
			rel = append(rel, fmt.Sprint(1+r.IntN(9))+"\n"+capFirst(t)+"\n"+dateNumeric(o.start.AddDate(0, 0, r.IntN(5)), false))
		}
		out = append(out, strings.Join(rel, "\n")+"\nПокажи всички")
	}
	out = append(out, headline)
	switch r.IntN(5) {
	case 0:
		out = append(out, dateNumeric(pub, false))
	case 1:
		out = append(out, "Публикувано на "+dateLong(pub))
	case 2:
		out = append(out, "admin / "+dateLongComma(pub)+" / Новини")
	case 3:
		out = append(out, fmt.Sprint(1+r.IntN(200)), dateLong(pub))
	default:
		out = append(out, dateNumeric(pub, true)+" | Новини")
	}
	return out
}

func (d *dctx) footer() []string {
	r := d.r
	t := d.ev().start.AddDate(0, 0, 3+r.IntN(40)).Add(time.Duration(8*60+r.IntN(600)) * time.Minute)
	out := []string{fmt.Sprintf("Последна промяна: %s, %d %s %d %02d:%02d", capFirst(weekdays[t.Weekday()]), t.Day(),
		capFirst(months[t.Month()-1]), t.Year(), t.Hour(), t.Minute())}
	if r.IntN(2) == 0 {
		out = append(out, "Коментари (0)")
	}
	return out
}

// agenda lists discussion points as bullets.
func (d *dctx) agenda() string {
	var b strings.Builder
	b.WriteString("Акценти от дневния ред:\n")
	i := d.r.IntN(len(discussionTopics))
	for k := range 3 + d.r.IntN(3) {
		b.WriteString("\n • " + capFirst(discussionTopics[(i+k*5)%len(discussionTopics)]) + ";")
	}
	return strings.TrimSuffix(b.String(), ";") + "."
}

// related lists other news items, as sites do under an article.
func (d *dctx) related() string {
	var b strings.Builder
	b.WriteString("Още по темата:")
	for range 3 {
		e := &d.w.events[d.w.pick["event"].draw(d.r)]
		b.WriteString("\n" + capFirst(e.label.render(d.q, false)) + " " + inCity(e.city, false) + " – " + dateNumeric(e.start, false))
	}
	return b.String()
}

// disclaimer is the funding notice EU-funded sites carry.
func (d *dctx) disclaimer() string {
	p := d.proj()
	pg := d.prog()
	return "Публикацията е подготвена по " + "проект " + d.q.wrap(p.title) + ", договор № " + p.code + ", с финансовата подкрепа на " +
		pg.nm.render(d.q, false) + ". Отговорността за съдържанието е изцяло на " + d.w.orgs[d.c].nm.render(d.q, false) +
		" и то по никакъв начин не отразява позицията на Европейския съюз или на управляващия орган."
}

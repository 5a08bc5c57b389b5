package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// orgKind tells clusters, associations and the other organisations apart.
type orgKind int

const (
	kCluster orgKind = iota
	kAssoc
	kCompany
	kUniversity
	kMunicipality
	kAgency
)

// org is any organisation-like entity of the world.
type org struct {
	kind     orgKind
	nm       name
	acr      string
	country  int // index into countries; 0 is Bulgaria
	city     string
	sector   int
	memberOf int   // association (org index) a cluster belongs to, or -1
	since    int   // year it joined memberOf
	members  []int // member orgs: companies/universities of a cluster, clusters of an association
	people   []int
	firms    int // headcount figures quoted in texts
	founded  int
	site     string
}

type person struct {
	first, last string
	female      bool
	title       string // д-р, инж. ... or "" (then г-н/г-жа is used)
	org         int
	role        role
}

type partner struct {
	org  int
	role string // "координатор", "водещ партньор", "партньор", ...
}

type project struct {
	acr       string
	title     string // Bulgarian long title, unquoted
	code      string
	prog      int
	partners  []partner // partners[0] is the lead
	start     time.Time
	months    int
	budget    int
	goal      string
	strategy  int // index into strategies or -1
	sectorIdx int
}

// eventKind names a kind of event: indefinite, definite subject and
// definite object (after a preposition) forms.
type eventKind struct {
	ind, def, obj string
	gender        int
}

var eventKinds = []eventKind{
	{"общо събрание", "общото събрание", "общото събрание", neut},
	{"кръгла маса", "кръглата маса", "кръглата маса", fem},
	{"конференция", "конференцията", "конференцията", fem},
	{"работна среща", "срещата", "срещата", fem},
	{"обучение", "обучението", "обучението", neut},
	{"посещение", "посещението", "посещението", neut},
	{"семинар", "семинарът", "семинара", masc},
	{"форум", "форумът", "форума", masc},
	{"информационен ден", "информационният ден", "информационния ден", masc},
	{"уебинар", "уебинарът", "уебинара", masc},
}

const (
	evAssembly = iota
	evRoundTable
	evConference
	evMeeting
	evTraining
	evVisit
	evSeminar
	evForum
	evInfoDay
	evWebinar
)

type event struct {
	kind       int
	label      name // indefinite, lower-case start
	organiser  int
	co         []int
	city       string
	country    int
	venue      int // index into venues or -1
	start, end time.Time
	project    int // -1 when none
	prog       int // programme an info day is about, or -1
	people     int // participants
}

type venue struct {
	nm     name
	city   string
	resort string // "к.к. „…“" the venue lies in, if any
}

// world holds every entity the documents talk about, plus Zipf-weighted
// pickers so popular entities recur across many documents.
type world struct {
	orgs       []org
	people     []person
	projects   []project
	events     []event
	venues     []venue
	progs      []int // usable programme indices
	clusters   []int // org indices by popularity rank
	bgClusters []int
	foreign    []int // foreign clusters and companies
	assocs     []int
	others     []int // Bulgarian companies, universities, municipalities, agencies
	pick       map[string]*zipf
}

// zipf samples ranks 0..n-1 with probability proportional to 1/(rank+1)^s.
type zipf struct{ cum []float64 }

func newZipf(n int, s float64) *zipf {
	z := &zipf{cum: make([]float64, n)}
	t := 0.0
	for i := range n {
		t += 1 / math.Pow(float64(i+1), s)
		z.cum[i] = t
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	if len(z.cum) == 0 {
		return 0
	}
	x := r.Float64() * z.cum[len(z.cum)-1]
	i := sort.SearchFloat64s(z.cum, x)
	if i >= len(z.cum) {
		i = len(z.cum) - 1
	}
	return i
}

func pickOne[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// builder dedups generated names.
type builder struct {
	r    *rand.Rand
	seen map[string]bool
	acrs map[string]bool
}

func (b *builder) free(s string) bool { return !b.seen[s] }

func (b *builder) unique(gen func() string) string {
	for range 50 {
		s := gen()
		if !b.seen[s] {
			b.seen[s] = true
			return s
		}
	}
	// The name space is large; after many collisions add a distinguishing number.
	for i := 2; ; i++ {
		s := fmt.Sprintf("%s %d", gen(), i)
		if !b.seen[s] {
			b.seen[s] = true
			return s
		}
	}
}

// Names of real organisations in the seed texts are never generated.
var forbidden = map[string]bool{"Морски клъстер България": true, "Български мебелен клъстер": true}

func newWorld(cfg Config) *world {
	r := rand.New(rand.NewPCG(uint64(cfg.Seed), 0x9e3779b97f4a7c15))
	b := &builder{r: r, seen: map[string]bool{}, acrs: map[string]bool{}}
	for k := range forbidden {
		b.seen[k] = true
	}
	w := &world{pick: map[string]*zipf{}}

	for i := 0; i < cfg.Places; i++ {
		v := venue{city: pickOne(r, bgCities)}
		kind := pickOne(r, venueKinds)
		if kind == "хотел" && r.Float64() < 0.2 {
			rs := pickOne(r, resorts)
			v.resort, v.city = rs.name, rs.city
		}
		suffix := 0.3
		if v.resort != "" {
			suffix = 0
		}
		inner := b.unique(func() string { return pickOne(r, venueNames) + suffixIf(r, suffix, " "+v.city) })
		v.nm = name{pre: kind, inner: inner, quoted: true}
		w.venues = append(w.venues, v)
	}

	for i := 0; i < cfg.Associations; i++ {
		a := assocNames[i%len(assocNames)]
		n := name{pre: a.pre, inner: a.inner, quoted: a.inner != ""}
		if i >= len(assocNames) {
			n = name{pre: "Сдружение", inner: b.unique(func() string { return "Клъстерна мрежа " + pickOne(r, regions) }), quoted: true}
			a.acr = ""
		}
		if a.acr != "" {
			b.acrs[a.acr] = true
		}
		w.assocs = append(w.assocs, len(w.orgs))
		w.orgs = append(w.orgs, org{kind: kAssoc, nm: n, acr: a.acr, city: pickOne(r, bgCities[:8]), memberOf: -1,
			founded: 2008 + r.IntN(8), sector: -1})
	}

	za := newZipf(len(w.assocs), 1)
	for i := 0; i < cfg.Clusters; i++ {
		o := org{kind: kCluster, memberOf: -1, sector: r.IntN(len(sectors)), founded: 2006 + r.IntN(12), firms: 8 + r.IntN(60)}
		if i > 0 && r.Float64() < 0.25 { // the first cluster is always Bulgarian
			o.country = 1 + r.IntN(len(countries)-1)
			o.city = pickOne(r, countries[o.country].cities)
			gen := func() string { return pickOne(r, foreignPrefixes) + pickOne(r, foreignSuffixes) }
			switch r.IntN(3) {
			case 0:
				o.nm = name{pre: b.unique(gen)}
			case 1:
				o.nm = name{pre: b.unique(func() string { return gen() + " Cluster" })}
			default:
				o.nm = name{pre: b.unique(func() string { return "Cluster " + capFirst(strings.ToLower(gen())) })}
			}
			w.foreign = append(w.foreign, len(w.orgs))
		} else {
			o.city = pickOne(r, bgCities)
			switch r.IntN(7) {
			case 0, 1, 2:
				inner := b.unique(func() string {
					nn := pickOne(r, nameNouns)
					return pickOne(r, nameAdjectives)[nn.gender] + " " + nn.word
				})
				o.nm = name{pre: "Клъстер", inner: inner, quoted: true}
			case 3, 4:
				o.nm = name{pre: b.unique(func() string {
					o.sector = r.IntN(len(sectors))
					return sectors[o.sector].adj + " клъстер " + pickOne(r, regions)
				})}
			case 5:
				o.nm = name{pre: b.unique(func() string {
					o.sector = r.IntN(len(sectors))
					return sectors[o.sector].latin + " Cluster " + pickOne(r, latinWords)
				})}
			default:
				o.nm = name{pre: "Сдружение", inner: b.unique(func() string {
					o.sector, o.city = r.IntN(len(sectors)), pickOne(r, bgCities)
					return sectors[o.sector].adj + " клъстер – " + o.city
				}), quoted: true}
			}
			if a := acronym(o.nm.render(quotes{}, true)); len([]rune(a)) >= 2 && !b.acrs[a] && r.Float64() < 0.6 {
				b.acrs[a] = true
				o.acr = a
			}
			if len(w.assocs) > 0 && r.Float64() < 0.7 {
				o.memberOf = w.assocs[za.draw(r)]
				o.since = o.founded + r.IntN(6)
				w.orgs[o.memberOf].members = append(w.orgs[o.memberOf].members, len(w.orgs))
			}
			w.bgClusters = append(w.bgClusters, len(w.orgs))
		}
		o.site = fmt.Sprintf("www.%s.%s", strings.ToLower(latinSlug(r)), pickOne(r, []string{"bg", "bg", "eu", "com", "org"}))
		w.clusters = append(w.clusters, len(w.orgs))
		w.orgs = append(w.orgs, o)
	}

	zb := newZipf(len(w.bgClusters), 0.8)
	for i := 0; i < cfg.Organisations; i++ {
		o := org{memberOf: -1, sector: r.IntN(len(sectors)), city: pickOne(r, bgCities), founded: 1990 + r.IntN(30)}
		x := r.Float64()
		switch {
		case x < 0.15: // foreign firm or institute
			o.kind = kCompany
			o.country = 1 + r.IntN(len(countries)-1)
			o.city = pickOne(r, countries[o.country].cities)
			o.nm = name{pre: b.unique(func() string {
				return capFirst(strings.ToLower(pickOne(r, foreignPrefixes)+pickOne(r, foreignSuffixes))) + " " + countries[o.country].form
			})}
			w.foreign = append(w.foreign, len(w.orgs))
		case x < 0.62:
			o.kind = kCompany
			form := pickOne(r, []string{"ЕООД", "ЕООД", "ООД", "АД", "ЕАД"})
			if r.Float64() < 0.2 {
				o.nm = name{pre: b.unique(func() string { return pickOne(r, latinCompanies) + " " + pickOne(r, latinCompanies2) }), post: form}
			} else {
				o.nm = name{inner: b.unique(func() string { return pickOne(r, companyPrefixes) + pickOne(r, companySuffixes) }), post: form, quoted: r.Float64() < 0.6}
			}
		case x < 0.74:
			o.kind = kUniversity
			o.nm = name{pre: b.unique(func() string { return pickOne(r, univFields) + " – " + o.city })}
		case x < 0.88 && b.free("Община "+o.city):
			// One municipality per city; when taken, the entry stays a company below.
			o.kind = kMunicipality
			o.nm = name{pre: "Община " + o.city}
			b.seen[o.nm.pre] = true
		default:
			o.kind = kAgency
			// Executive agencies are national; the others have a seat in a city.
			var a struct{ name, acr string }
			o.nm = name{pre: b.unique(func() string {
				a = pickOne(r, agencyNames)
				if strings.HasPrefix(a.name, "Изпълнителна") {
					o.city = "София"
					return a.name
				}
				o.city = pickOne(r, bgCities)
				return a.name + " – " + o.city
			})}
			if a.acr != "" && !b.acrs[a.acr] && strings.HasPrefix(o.nm.pre, a.name) {
				b.acrs[a.acr] = true
				o.acr = a.acr
			}
		}
		if o.country == 0 {
			w.others = append(w.others, len(w.orgs))
			// Bulgarian firms and universities join a cluster.
			if (o.kind == kCompany || o.kind == kUniversity) && len(w.bgClusters) > 0 && r.Float64() < 0.7 {
				c := w.bgClusters[zb.draw(r)]
				o.memberOf = c
				o.since = 2010 + r.IntN(14)
				w.orgs[c].members = append(w.orgs[c].members, len(w.orgs))
			}
		}
		w.orgs = append(w.orgs, o)
	}

	w.genPeople(cfg, b)
	w.progs = make([]int, 0, cfg.Programmes)
	for i := 0; i < cfg.Programmes && i < len(programmes); i++ {
		w.progs = append(w.progs, i)
	}
	w.genProjects(cfg, b)
	w.genEvents(cfg, b)

	// Popularity ranks follow the (seeded) generation order, which is random
	// with respect to names and kinds.
	w.pick["cluster"] = newZipf(len(w.clusters), 1.0)
	w.pick["bgcluster"] = newZipf(len(w.bgClusters), 1.0)
	w.pick["foreign"] = newZipf(len(w.foreign), 0.9)
	w.pick["assoc"] = newZipf(len(w.assocs), 1.0)
	w.pick["other"] = newZipf(len(w.others), 0.9)
	w.pick["person"] = newZipf(len(w.people), 0.9)
	w.pick["project"] = newZipf(len(w.projects), 1.0)
	w.pick["event"] = newZipf(len(w.events), 0.8)
	return w
}

func suffixIf(r *rand.Rand, p float64, s string) string {
	if r.Float64() < p {
		return s
	}
	return ""
}

func latinSlug(r *rand.Rand) string {
	return pickOne(r, foreignPrefixes) + pickOne(r, foreignSuffixes)
}

func (w *world) genPeople(cfg Config, b *builder) {
	r := b.r
	// Every Bulgarian cluster and association gets a leader first, then the
	// rest are spread over all organisations.
	targets := append(append([]int{}, w.assocs...), w.bgClusters...)
	for i := 0; i < cfg.People; i++ {
		var o int
		if i < len(targets) {
			o = targets[i]
		} else {
			o = r.IntN(len(w.orgs))
		}
		p := person{female: r.IntN(2) == 0, org: o}
		full := b.unique(func() string {
			var first, last string
			if r.Float64() < 0.1 {
				last = pickOne(r, surnameSkiRoots)
				if p.female {
					last = strings.TrimSuffix(last, "и") + "а"
				}
			} else {
				last = pickOne(r, surnameRoots) + pickOne(r, surnameLinks) + pickOne(r, []string{"ов", "ев"})
				if p.female {
					last += "а"
				}
			}
			if p.female {
				first = pickOne(r, femaleFirst)
			} else {
				first = pickOne(r, maleFirst)
			}
			return first + " " + last
		})
		p.first, p.last, _ = strings.Cut(full, " ")
		if r.Float64() < 0.35 {
			p.title = pickOne(r, neutralTitles)
		}
		switch w.orgs[o].kind {
		case kCluster, kAssoc:
			if len(w.orgs[o].people) == 0 {
				p.role = clusterRoles[r.IntN(2)]
			} else {
				p.role = pickOne(r, clusterRoles)
			}
		case kUniversity:
			p.role = pickOne(r, univRoles)
			if p.title == "" || p.title == "арх." {
				p.title = pickOne(r, []string{"проф.", "доц."})
			}
		case kMunicipality:
			p.role = pickOne(r, municRoles)
		case kAgency:
			p.role = pickOne(r, agencyRoles)
		default:
			p.role = pickOne(r, companyRoles)
		}
		w.orgs[o].people = append(w.orgs[o].people, len(w.people))
		w.people = append(w.people, p)
	}
}

var partnerRoles = []string{"партньор", "партньор", "партньор", "асоцииран партньор"}

func (w *world) genProjects(cfg Config, b *builder) {
	r := b.r
	if len(w.progs) == 0 || len(w.bgClusters) == 0 {
		return
	}
	zb := newZipf(len(w.bgClusters), 0.7)
	for i := 0; i < cfg.Projects; i++ {
		p := project{prog: w.progs[r.IntN(len(w.progs))], strategy: -1}
		pg := programmes[p.prog]
		p.acr = b.unique(func() string { return pickOne(r, projPart1) + pickOne(r, projJoin) + pickOne(r, projPart2) })
		p.sectorIdx = r.IntN(len(sectors))
		p.goal = pickOne(r, goalActions) + " " + pickOne(r, goalObjects) + " " + pickOne(r, goalMeans)
		// The title is drawn apart from the goal so texts do not repeat themselves.
		if r.Float64() < 0.5 {
			p.title = capFirst(pickOne(r, goalActions) + " " + pickOne(r, goalObjects) + " в сектора на " + sectors[p.sectorIdx].field)
		} else {
			p.title = capFirst(pickOne(r, goalActions) + " " + pickOne(r, goalObjects) + " " + pickOne(r, goalMeans))
		}
		p.start = time.Date(pg.from+r.IntN(pg.to-pg.from+1), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		p.code = pg.code(r, p.start.Year())
		p.months = 12 + 6*r.IntN(7)
		p.budget = 50000 + 5000*r.IntN(300)
		if r.Float64() < 0.3 {
			p.strategy = r.IntN(len(strategies))
		}
		lead := w.bgClusters[zb.draw(r)]
		if pg.international && len(w.foreign) > 0 {
			n := 3 + r.IntN(6)
			used := map[int]bool{}
			var ps []partner
			if r.Float64() < 0.5 {
				f := w.foreign[r.IntN(len(w.foreign))]
				used[f] = true
				ps = append(ps, partner{f, pickOne(r, []string{"координатор", "водещ партньор"})})
				used[lead] = true
				ps = append(ps, partner{lead, "партньор"})
			} else {
				used[lead] = true
				ps = append(ps, partner{lead, pickOne(r, []string{"координатор", "водещ партньор"})})
			}
			for len(ps) < n {
				f := w.foreign[r.IntN(len(w.foreign))]
				if r.Float64() < 0.2 {
					f = w.bgClusters[r.IntN(len(w.bgClusters))]
				}
				if used[f] {
					if len(used) >= len(w.foreign) {
						break
					}
					continue
				}
				used[f] = true
				ps = append(ps, partner{f, pickOne(r, partnerRoles)})
			}
			p.partners = ps
		} else {
			p.partners = []partner{{lead, "бенефициент"}}
			for k := r.IntN(3); k > 0 && len(w.others) > 0; k-- {
				p.partners = append(p.partners, partner{w.others[r.IntN(len(w.others))], "партньор"})
			}
		}
		w.projects = append(w.projects, p)
	}
}

func (w *world) genEvents(cfg Config, b *builder) {
	r := b.r
	if len(w.bgClusters) == 0 {
		return
	}
	zb := newZipf(len(w.bgClusters), 0.8)
	for i := 0; i < cfg.Events; i++ {
		e := event{kind: r.IntN(len(eventKinds)), venue: -1, project: -1, prog: -1, people: 12 + r.IntN(150)}
		year := 2012 + r.IntN(13)
		e.start = time.Date(year, time.Month(1+r.IntN(12)), 1+r.IntN(27), 0, 0, 0, 0, time.UTC)
		e.organiser = w.bgClusters[zb.draw(r)]
		if r.Float64() < 0.2 && len(w.assocs) > 0 {
			e.organiser = w.assocs[r.IntN(len(w.assocs))]
		}
		if len(w.projects) > 0 && r.Float64() < 0.55 {
			// A project's events fall within its duration and are mostly
			// organised by its Bulgarian partner.
			e.project = r.IntN(len(w.projects))
			p := w.projects[e.project]
			e.start = p.start.AddDate(0, 0, 7+r.IntN(max(p.months*30-14, 1)))
			if c := w.bgPartner(e.project); c >= 0 && r.Float64() < 0.7 {
				e.organiser = c
			}
		}
		e.end = e.start
		if e.kind == evConference || e.kind == evTraining || e.kind == evVisit || e.kind == evForum {
			if r.Float64() < 0.5 {
				e.end = e.start.AddDate(0, 0, 1+r.IntN(2))
			}
		}
		for k := r.IntN(3); k > 0; k-- {
			c := w.others
			if r.IntN(2) == 0 {
				c = w.bgClusters
			}
			if len(c) > 0 {
				if x := c[r.IntN(len(c))]; x != e.organiser {
					e.co = append(e.co, x)
				}
			}
		}
		e.city = w.orgs[e.organiser].city
		if r.Float64() < 0.5 {
			e.city = pickOne(r, bgCities)
		}
		if len(w.venues) > 0 && r.Float64() < 0.5 {
			e.venue = r.IntN(len(w.venues))
			e.city = w.venues[e.venue].city
		}
		theme := pickOne(r, themesA)
		if r.Float64() < 0.6 {
			theme += pickOne(r, []string{": ", " – ", " и "}) + pickOne(r, themesB)
		}
		switch e.kind {
		case evAssembly:
			e.label = name{pre: pickOne(r, []string{"редовно общо събрание", "общо събрание", "годишно общо събрание"})}
			e.co, e.venue = nil, -1
		case evConference:
			e.label = name{pre: pickOne(r, []string{"международна клъстерна конференция", "национална клъстерна конференция",
				"регионална конференция", "двудневна конференция", "годишна конференция"}), inner: theme, quoted: true}
		case evVisit:
			c := 1 + r.IntN(len(countries)-1)
			e.country, e.city, e.venue = c, pickOne(r, countries[c].cities), -1
			e.label = name{pre: pickOne(r, []string{"учебно посещение", "работно посещение", "посещение за обмяна на опит"})}
		case evMeeting:
			e.label = name{pre: pickOne(r, []string{"работна среща", "партньорска среща", "стартова работна среща"})}
			if e.project >= 0 && programmes[w.projects[e.project].prog].international && r.IntN(2) == 0 {
				c := 1 + r.IntN(len(countries)-1)
				e.country, e.city, e.venue = c, pickOne(r, countries[c].cities), -1
			}
		case evTraining:
			e.label = name{pre: pickOne(r, []string{"обучение за клъстерни мениджъри", "обучение на тема", "практическо обучение на тема"}), inner: theme, quoted: true}
			if !strings.HasSuffix(e.label.pre, "тема") {
				e.label.inner = ""
			}
		case evInfoDay:
			e.label = name{pre: "информационен ден"}
			if len(w.progs) > 0 {
				e.prog = w.progs[r.IntN(len(w.progs))]
			}
		default:
			k := eventKinds[e.kind]
			e.label = name{pre: k.ind + pickOne(r, []string{" на тема", ""}), inner: theme, quoted: true}
			if e.kind == evForum {
				e.label.pre = pickOne(r, []string{"бизнес форум", "форум"})
			}
		}
		w.events = append(w.events, e)
	}
}

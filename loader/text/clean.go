package text

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Page is what Analyze learns from one decoded text.
type Page struct {
	// Text is the cleaned text: page chrome and listings of other
	// articles removed, one blank line between paragraphs, trimmed.
	Text string
	// Title is the article's own headline ("" only when Text is empty).
	Title string
	// Published is the article's own dateline as YYYY-MM-DD, or nil.
	Published *string
	// DateHint is the best guess (YYYY-MM-DD, or "" when the text holds
	// no full date at all) of when the text was written, for completing
	// partial dates such as "5 юли" with ResolvePartial. The rule, first
	// that applies: Published; the midpoint between the earliest and the
	// latest date of the listed neighbouring articles (sites list the
	// previous and next items around the current one); the latest full date
	// in the cleaned text; the page's "last modified" date.
	DateHint string
}

// Clean removes page chrome from decoded text and returns the article text
// that all offsets point into. It is idempotent.
func Clean(s string) string { return Analyze(s).Text }

// Meta returns the title, publication date and date hint of a text. Give
// it the raw decoded text when available: the dates of a listing of other
// articles feed the hint and are gone after Clean.
func Meta(s string) (title string, published *string, hint string) {
	p := Analyze(s)
	return p.Title, p.Published, p.DateHint
}

type kind uint8

const (
	kBlank    kind = iota
	kText          // article text (kept)
	kDate          // a bare dateline (kept)
	kCounter       // lone numbers, "12 коментара" (dropped)
	kImage         // image file names (dropped)
	kUI            // buttons, menus, footers, switchers (dropped)
	kShowAll       // "Покажи всички": ends a listing (dropped)
	kRelated       // "Свързани статии": starts a listing (dropped)
	kModified      // "Последно променена в …" (dropped, date kept for the hint)
)

type line struct {
	text string
	kind kind
	date time.Time // for kDate and kModified when found
	pub  bool      // kDate introduced as a publication date ("Публикувано на")
	drop bool
}

// Analyze cleans s and finds its title and dates. See Page for the rules.
func Analyze(s string) Page {
	ls := split(s)
	for i := range ls {
		classify(&ls[i])
	}
	introductions(ls)
	title := -1
	var neighbours []time.Time
	if t, ds, ok := repeatedTitle(ls); ok {
		title, neighbours = t, ds
	} else {
		neighbours = listing(ls)
	}
	neighbours = append(neighbours, relatedBlocks(ls)...)
	for i := range ls {
		switch ls[i].kind {
		case kCounter, kImage, kUI, kShowAll, kRelated, kModified:
			ls[i].drop = true
		}
	}
	if title < 0 {
		title = findTitle(ls)
	}
	var p Page
	pub := dateline(ls, title)
	if pub != nil {
		iso := ISO(*pub)
		p.Published = &iso
	}
	var b strings.Builder
	blank := false
	for _, l := range ls {
		if l.drop {
			continue
		}
		if l.kind == kBlank {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l.text)
	}
	p.Text = b.String()
	switch {
	case title >= 0:
		p.Title = ls[title].text
	default:
		for _, l := range ls {
			if !l.drop && l.kind == kText && words(l.text) >= 2 {
				p.Title = headOf(l.text)
				break
			}
		}
		if p.Title == "" && p.Text != "" {
			p.Title = headOf(p.Text)
		}
	}
	p.DateHint = hint(p, neighbours, ls)
	return p
}

// reNumbered matches a numbered list item: "1. …", "2) …".
var reNumbered = regexp.MustCompile(`^\d{1,2}[.)]\s`)

// introductions keeps a button-like phrase that ends in a colon and leads
// into article content ("Вижте повече:" before a numbered list or a
// paragraph): there it introduces text rather than links elsewhere.
func introductions(ls []line) {
	for i := range ls {
		if ls[i].kind != kUI || !strings.HasSuffix(ls[i].text, ":") {
			continue
		}
		for k := i + 1; k < len(ls); k++ {
			if ls[k].kind == kBlank {
				continue
			}
			if ls[k].kind == kText && (reNumbered.MatchString(ls[k].text) || words(ls[k].text) > 30) {
				ls[i].kind = kText
			}
			break
		}
	}
}

// split breaks s into lines with whitespace collapsed and trimmed.
func split(s string) []line {
	raw := strings.Split(s, "\n")
	ls := make([]line, len(raw))
	for i, r := range raw {
		ls[i].text = collapse(r)
	}
	return ls
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200B' || r == '\u00AD' }

// collapse trims s and turns every run of white space (including NBSP,
// zero-width space and soft hyphen) into one ASCII space. Lines that need
// no change, the common case, are returned without allocating.
func collapse(s string) string {
	clean := true
	prevSpace := true // a leading space needs work too
	for i := 0; i < len(s); {
		c := s[i]
		var sp bool
		n := 1
		if c < utf8.RuneSelf {
			sp = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			if sp && c != ' ' {
				clean = false
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			sp = isSpace(r)
			if sp {
				clean = false
			}
		}
		if sp && prevSpace {
			clean = false
		}
		if !clean {
			break
		}
		prevSpace = sp
		i += n
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// words counts space-separated words without allocating.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// key normalises a line for phrase and repetition matching.
func key(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©'
	})
	return strings.Map(func(r rune) rune {
		switch r {
		case '„', '“', '”', '"', '«', '»', '‘', '’', '\'':
			return -1
		}
		return r
	}, s)
}

var (
	reCounter      = regexp.MustCompile(`^[#№]?\s?\d{1,6}$|^\d{1,4}\s?/\s?\d{1,4}$`)
	reCounterWords = regexp.MustCompile(`(?i)^\d{1,7}\s*(коментар[аи]?|comments?|views?|преглед[аи]?|прочитания|четения|харесвания|likes?|shares?|споделяния|гласа?|votes?)$|^(views|прегледи|прочитания|преглеждания|посещения|коментари|comments)\s*:?\s*\d{1,7}$`)
	reImageExt     = regexp.MustCompile(`(?i)^\S+\.(jpe?g|png|gif|webp|bmp|tiff?|svg|heic|avif)$`)
	reSlug         = regexp.MustCompile(`^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+$`)
	reSlugDate     = regexp.MustCompile(`\d{4}[-_]\d{1,2}[-_]\d{1,2}|\d{8}`)
	reCameraName   = regexp.MustCompile(`(?i)^(img|dsc|dscn|dcim|pxl|photo|image|foto|snimka|pic)[-_]?\d`)
	reClockLine    = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?(\s?ч\.?)?$`)
	reButtonCount  = regexp.MustCompile(`^\pL+(\s\pL+)?\s?\(\d{1,7}\)$`)
	reCredit       = regexp.MustCompile(`(?i)^(от|автор|автори|author|authors|by|редактор|editor|снимка|снимки|фото|photo|photos|текст|text)\s*:\s*\S`)
	reBullet       = regexp.MustCompile(`^([•·▪◦●■–—*+-]|\d{1,2}[.)])\s`)
)

// Whole-line phrases (compared after key) of site furniture.
var (
	showAllPhrases = set("покажи всички", "виж всички", "вижте всички", "всички новини", "всички статии",
		"всички публикации", "още новини", "още статии", "още публикации", "към всички новини", "към новините",
		"архив", "архив новини", "show all", "view all", "see all", "all news", "more news", "all posts",
		"older posts", "по-стари публикации", "по-нови публикации", "newer posts", "зареди още", "load more")
	relatedPhrases = set("свързани статии", "свързани новини", "свързани публикации", "подобни статии",
		"подобни новини", "подобни публикации", "още от категорията", "още по темата", "още от рубриката",
		"последни новини", "последни публикации", "последни статии", "най-четени", "най-четено", "популярни",
		"related posts", "related articles", "related news", "related", "you may also like", "you might also like",
		"може да харесате", "може също да харесате", "може да ви харесат", "recent posts", "latest news",
		"latest posts", "read also", "прочетете също", "прочетете още", "прочети още", "вижте още", "вижте също",
		"още от автора", "more from this category", "other news", "други новини", "други статии")
	uiPhrases = set("оставете коментар", "оставете отговор", "напишете коментар", "добави коментар",
		"добавете коментар", "коментирай", "коментари", "коментар", "leave a comment", "leave a reply",
		"post a comment", "comments", "no comments", "няма коментари", "comments are closed",
		"коментарите са изключени", "коментарите са забранени", "сподели", "споделете", "сподели в facebook",
		"share", "share this", "share this post", "tweet", "like", "харесай", "харесвам", "print", "печат",
		"принтирай", "отпечатай", "версия за печат", "email", "e-mail", "имейл", "изпрати на приятел",
		"назад", "back", "начало", "home", "напред", "прочети повече", "прочетете повече", "виж повече",
		"вижте повече", "read more", "continue reading", "продължи", "продължете да четете",
		"skip to content", "към съдържанието", "прескочи към съдържанието", "меню", "menu", "main menu",
		"главно меню", "навигация", "navigation", "търсене", "search", "търси", "абонирайте се", "subscribe",
		"follow us", "последвайте ни", "facebook", "twitter", "linkedin", "instagram", "youtube", "rss",
		"следваща", "предишна", "next", "previous", "prev", "следваща статия", "предишна статия",
		"следваща новина", "предишна новина", "next post", "previous post", "приемам", "accept", "разбрах",
		"ok", "top", "нагоре", "към началото", "back to top", "карта на сайта", "sitemap", "контакти",
		"contacts", "contact us", "off", "новини", "news", "събития", "events", "публикации", "blog",
		"блог", "галерия", "gallery", "снимки", "photos", "видео", "video", "admin", "administrator",
		"администратор", "uncategorized", "без категория", "вход", "login", "log in", "регистрация", "register", "like this",
		"харесайте това", "share this", "сподели това", "loading", "зареждане")
	// Line prefixes of furniture, tested on lines of at most 30 words.
	uiPrefixes = []string{"tags:", "tags ", "етикети:", "тагове:", "ключови думи:", "категория:", "категории:",
		"рубрика:", "category:", "categories:", "posted in ", "filed under", "публикувано в ", "публикувана в ",
		"copyright", "©", "(c) ", "всички права запазени", "all rights reserved", "powered by",
		"designed by", "web design", "уеб дизайн", "уеб дизайн и", "изработка на сайта", "изработка:",
		"този сайт използва бисквитки", "този уебсайт използва", "сайтът използва бисквитки",
		"this website uses cookies", "this site uses cookies", "we use cookies", "използваме бисквитки",
		"share on", "сподели във", "сподели в ", "прочетено:", "прочетена:", "преглеждания:", "views:",
		"посещения:", "you are here", "вие сте тук", "намирате се в", "сподели тази", "share this",
		"your email address will not be published", "вашият имейл адрес няма да бъде публикуван",
		"required fields are marked", "задължителните полета са отбелязани", "theme by", "тема:"}
	// Last-modified stamps: dropped, their date is a weak hint.
	modifiedPrefixes = []string{"последно променена", "последно променен", "последна промяна",
		"последна редакция", "последна актуализация", "последно обновен", "последно обновена",
		"последно редактирана", "актуализирана на", "актуализирано на", "редактирано на",
		"last updated", "last modified", "updated on", "updated:", "last edited", "modified on"}
	// Words that introduce an author or a publication date.
	bylinePrefixes = []string{"by ", "от ", "автор:", "автор ", "posted by", "posted on", "written by",
		"published on", "published:", "published", "posted:", "posted", "публикувано на", "публикувано:",
		"публикувано", "публикувана на", "публикуван на", "дата на публикуване:", "дата на публикуване",
		"дата:", "date:", "on "}
	languages = set("bulgarian", "english", "deutsch", "german", "français", "francais", "french", "русский",
		"russian", "română", "romana", "romanian", "español", "espanol", "spanish", "italiano", "italian",
		"ελληνικά", "greek", "türkçe", "turkish", "српски", "serbian", "македонски", "macedonian",
		"български", "английски", "немски", "руски", "bg", "en", "de", "fr", "ru", "ro", "es", "it", "el",
		"gr", "tr", "sr", "mk", "бг", "ен", "eng", "bul", "бълг", "англ")
	// Alt texts of header graphics ("logo txt1", "EС икони").
	graphicWords = set("logo", "лого", "логото", "icon", "icons", "икона", "икони", "иконки", "banner",
		"банер", "txt", "img", "thumbnail", "thumb", "header", "хедър", "slider", "слайдер")
	trackerWords = []string{"visitor", "tracker", "tracking", "counter", "analytics", "statistics",
		"heat map", "heatmap", "hit counter", "web stats", "free counter", "live chat"}
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func hasPrefixAny(s string, ps []string) (string, bool) {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return p, true
		}
	}
	return "", false
}

// classify decides what one line is. Order matters: dates before
// furniture, so that "Публикувано на 3 март 2021" is a dateline and not an
// unknown byline.
func classify(l *line) {
	t := l.text
	if t == "" {
		l.kind = kBlank
		return
	}
	n := words(t)
	if n > 30 || len(t) > 400 {
		// Running text: only a cookie banner is that long. Skipping the
		// other rules keeps paragraphs, which are most of the bytes, cheap.
		l.kind = kText
		if n <= 60 {
			lower := strings.ToLower(t)
			if strings.Contains(lower, "използва бисквитки") || strings.Contains(lower, "uses cookies") {
				l.kind = kUI
			}
		}
		return
	}
	if len(t) <= 40 && (reCounter.MatchString(t) || reCounterWords.MatchString(t) || reClockLine.MatchString(t) || reButtonCount.MatchString(t)) {
		l.kind = kCounter
		return
	}
	lower := strings.ToLower(t)
	k := key(t)
	if d, ok := ParseDate(t); ok {
		l.kind, l.date = kDate, d
		return
	}
	if p, ok := hasPrefixAny(lower, modifiedPrefixes); ok && n <= 30 {
		l.kind = kModified
		if ms := FindDates(t[min(len(p), len(t)):]); len(ms) > 0 {
			l.date = ms[0].Date
		}
		return
	}
	if d, text, pub, ok := byline(t, lower, n); ok {
		l.kind, l.date, l.text, l.pub = kDate, d, text, pub
		return
	}
	if d, ok := placeDateline(t, n); ok {
		l.kind, l.date = kDate, d // the line stays whole: its town is part of the article
		return
	}
	switch {
	case n <= 6 && reCredit.MatchString(t):
		l.kind = kUI // "Автор: Труд онлайн", "Снимка: БТА"
	case showAllPhrases[k]:
		l.kind = kShowAll
	case relatedPhrases[k]:
		l.kind = kRelated
	case uiPhrases[k]:
		l.kind = kUI
	case n <= 30 && func() bool { _, ok := hasPrefixAny(lower, uiPrefixes); return ok }():
		l.kind = kUI
	case n <= 60 && (strings.Contains(lower, "използва бисквитки") || strings.Contains(lower, "uses cookies")):
		l.kind = kUI
	case n <= 20 && (strings.Contains(lower, "всички права запазени") || strings.Contains(lower, "all rights reserved")):
		l.kind = kUI
	case isImageName(t):
		l.kind = kImage
	case isLanguageSwitch(k) || isSocialRow(k):
		l.kind = kUI
	case isTracker(lower, n):
		l.kind = kUI
	case isGraphicAlt(lower, n):
		l.kind = kUI
	case isBreadcrumb(t):
		l.kind = kUI
	default:
		l.kind = kText
	}
}

// byline recognises author/date lines: "By / 30th септември, 2020 /
// Новини / Off", "Posted on March 3, 2021 by admin", "Публикувано на 3 март
// 2021 г. в 10:00". It returns the date and the line reduced to the date as
// written, so the cleaned text keeps a bare dateline and loses the rest.
func byline(t, lower string, n int) (time.Time, string, bool, bool) {
	if n > 20 {
		return time.Time{}, "", false, false
	}
	ms := FindDates(t)
	if len(ms) != 1 {
		return time.Time{}, "", false, false
	}
	m := ms[0]
	date := t[m.Start:m.End]
	if p, ok := hasPrefixAny(lower, bylinePrefixes); ok {
		pub := strings.Contains(p, "публик") || strings.Contains(p, "publish") || strings.Contains(p, "posted") || strings.Contains(p, "дата") || strings.Contains(p, "date")
		if pub && len(p) <= m.Start && onlyDateFurniture(t[len(p):m.Start]+" "+t[m.End:]) {
			// "Публикувано на 3 март 2021 г." stays whole, so that Meta on
			// the cleaned text still sees a publication date.
			return m.Date, t, pub, true
		}
		return m.Date, date, pub, true
	}
	// Separated fields, one of them the date, the others short labels.
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '|' || r == '·' })
	if len(fields) < 2 {
		return time.Time{}, "", false, false
	}
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if _, ok := ParseDate(f); ok {
			continue
		}
		if words(f) > 4 {
			return time.Time{}, "", false, false
		}
	}
	return m.Date, date, false, true
}

// placeDateline reads a news dateline that opens with its town: "Русе,
// 28 юни 2024 г.", "ROUSSE, March 4, 2026 –", "Стара Загора, 3.05.2025". One
// to three capitalised words and a comma stand before the line's only date,
// and nothing but date furniture after it.
func placeDateline(t string, n int) (time.Time, bool) {
	if n > 10 {
		return time.Time{}, false
	}
	ms := FindDates(t)
	if len(ms) != 1 {
		return time.Time{}, false
	}
	m := ms[0]
	head, ok := strings.CutSuffix(strings.TrimSpace(t[:m.Start]), ",")
	if !ok {
		return time.Time{}, false
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || len(ws) > 3 {
		return time.Time{}, false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return time.Time{}, false
		}
	}
	if !onlyDateFurniture(t[m.End:]) {
		return time.Time{}, false
	}
	return m.Date, true
}

func isImageName(t string) bool {
	if strings.ContainsAny(t, " ") {
		return false
	}
	if reImageExt.MatchString(t) || reCameraName.MatchString(t) {
		return true
	}
	if !reSlug.MatchString(t) {
		return false
	}
	if reSlugDate.MatchString(t) {
		return true
	}
	segs := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '_' })
	digits := 0
	for _, s := range segs {
		if strings.Trim(s, "0123456789") == "" {
			digits++
		}
	}
	return len(segs) >= 4 && digits >= 2
}

func isLanguageSwitch(k string) bool {
	fs := strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '|' || r == '/' || r == ',' || r == '·' })
	if len(fs) == 0 || len(fs) > 8 {
		return false
	}
	for _, f := range fs {
		if !languages[f] {
			return false
		}
	}
	return true
}

// socialNetworks name share and follow buttons.
var socialNetworks = set("facebook", "twitter", "x", "linkedin", "instagram", "youtube", "pinterest",
	"reddit", "tumblr", "whatsapp", "viber", "telegram", "email", "e-mail", "print", "skype", "vk", "rss", "tiktok")

// navWords make up pagers ("< Назад Напред >", "Previous | Next").
var navWords = set("назад", "напред", "предишна", "следваща", "предишен", "следващ", "предишно", "следващо",
	"статия", "новина", "next", "previous", "prev", "back", "forward", "начало", "home", "горе", "top",
	"post", "article", "older", "newer", "по-стари", "по-нови")

// isSocialRow matches a row of share buttons ("Twitter Facebook") or of
// pager links ("< Назад Напред >").
func isSocialRow(k string) bool {
	fs := strings.FieldsFunc(k, func(r rune) bool {
		return r == ' ' || r == '|' || r == '/' || r == ',' || r == '·' || r == '<' || r == '>' || r == '«' || r == '»'
	})
	if len(fs) < 2 || len(fs) > 10 {
		return false
	}
	social, nav := true, true
	for _, f := range fs {
		social = social && socialNetworks[f]
		nav = nav && navWords[f]
	}
	return social || nav
}

func isTracker(lower string, n int) bool {
	if n > 25 {
		return false
	}
	hits := 0
	for _, w := range trackerWords {
		if strings.Contains(lower, w) {
			hits++
		}
	}
	return hits >= 2
}

func isGraphicAlt(lower string, n int) bool {
	if n > 3 {
		return false
	}
	for _, w := range strings.Fields(lower) {
		if graphicWords[strings.TrimRight(w, "0123456789")] {
			return true
		}
	}
	return false
}

// isBreadcrumb matches "Начало » Новини » …" trails.
func isBreadcrumb(t string) bool {
	for _, sep := range []string{"»", " > ", "›", " / "} {
		parts := strings.Split(t, sep)
		if len(parts) < 3 {
			continue
		}
		first := key(parts[0])
		if first == "начало" || first == "home" || first == "начална страница" || first == "главна" {
			return true
		}
		short := true
		for _, p := range parts {
			if words(p) > 5 || strings.TrimSpace(p) == "" {
				short = false
			}
		}
		if short && sep != " / " {
			return true
		}
	}
	return false
}

// headline reports whether a text line reads like a title or a list item
// title rather than running text.
func headline(l line) bool {
	if l.kind != kText || reBullet.MatchString(l.text) {
		return false
	}
	if words(l.text) > 30 || utf8.RuneCountInString(l.text) > 250 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l.text)
	switch r {
	case '.', ':', ';', ',':
		// A short "… на 11 май 2018 г." ends in a dot yet is a headline.
		return words(l.text) <= 15 && r == '.' && strings.HasSuffix(l.text, " г.")
	}
	return true
}

// listable lines may appear inside a listing of other articles.
func listable(l line) bool {
	switch l.kind {
	case kText:
		return headline(l)
	default:
		return true
	}
}

// repeatedTitle finds the page title printed twice around a listing of
// other articles (title, listing, "Покажи всички", title, body). It drops
// the first copy and the listing and returns the index of the second copy
// and the listing's dates.
func repeatedTitle(ls []line) (int, []time.Time, bool) {
	const window = 60
	seen := 0
	for i := 0; i < len(ls) && i < window && seen < 3; i++ {
		if ls[i].kind != kText {
			continue
		}
		seen++
		if !headline(ls[i]) {
			return 0, nil, false // the body has started
		}
		ki := key(ls[i].text)
		for j := i + 1; j < len(ls) && j < i+window; j++ {
			if !listable(ls[j]) {
				break
			}
			if ls[j].kind != kText || key(ls[j].text) != ki {
				continue
			}
			// Listed items: headlines between the copies. Without any, the
			// dates between belong to the article itself and stay.
			items := false
			for k := i + 1; k < j; k++ {
				if ls[k].kind == kText {
					items = true
				}
			}
			// Some themes print the second copy in capitals; keep the
			// sentence-case copy, which reads as the text does.
			if allUpper(ls[j].text) && !allUpper(ls[i].text) {
				ls[j].text = ls[i].text
			}
			var dates []time.Time
			for k := i; k < j; k++ {
				if ls[k].kind == kDate && !items {
					continue
				}
				if ls[k].kind == kDate {
					dates = append(dates, ls[k].date)
				}
				ls[k].drop = true
			}
			return j, dates, true
		}
	}
	return 0, nil, false
}

func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// listing drops a block of other articles' headlines with dates near the
// top of the page when no repeated title frames it: a run of headline, date,
// counter and furniture lines with at least two headline+date pairs ending
// in "Покажи всички", or at least three pairs. A leading headline without a
// date of its own is the page title and stays.
func listing(ls []line) []time.Time {
	const window = 80
	for start := 0; start < len(ls) && start < window; {
		end := start
		for end < len(ls) && listable(ls[end]) {
			end++
			if ls[end-1].kind == kShowAll {
				break // the listing ends here, whatever follows
			}
		}
		if end == start {
			start++
			continue
		}
		pairs, showAll := 0, false
		firstPaired := -1
		for k := start; k < end; k++ {
			if ls[k].kind == kShowAll {
				showAll = true
			}
			if ls[k].kind != kText {
				continue
			}
			if m := nextKept(ls, k+1, end); m >= 0 && ls[m].kind == kDate {
				pairs++
				if firstPaired < 0 {
					firstPaired = k
				}
			}
		}
		if (showAll && pairs >= 2) || pairs >= 3 {
			keep := -1
			for k := start; k < firstPaired; k++ {
				if ls[k].kind == kText {
					keep = k
					break
				}
			}
			var dates []time.Time
			for k := start; k < end; k++ {
				if k == keep {
					continue
				}
				if ls[k].kind == kDate {
					dates = append(dates, ls[k].date)
				}
				if ls[k].kind != kBlank {
					ls[k].drop = true
				}
			}
			return dates
		}
		start = end
	}
	return nil
}

// nextKept returns the index of the next line in [from, end) that is text
// or a date, skipping blank lines, counters and image names that sit
// between a listed headline and its date (HTML listings put blank lines
// between a heading and its date).
func nextKept(ls []line, from, end int) int {
	for k := from; k < end; k++ {
		switch ls[k].kind {
		case kText, kDate, kShowAll, kRelated:
			return k
		}
	}
	return -1
}

// relatedBlocks drops "Свързани статии"-style headings together with the
// headlines (or bulleted links) listed under them, when the list carries
// dates or runs to the end of the page; otherwise only the heading goes, so
// that body text after it stays.
func relatedBlocks(ls []line) []time.Time {
	var dates []time.Time
	item := func(l line) bool {
		if l.kind == kText && reBullet.MatchString(l.text) && words(l.text) <= 30 {
			return true
		}
		return listable(l) && l.kind != kRelated
	}
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != kRelated {
			continue
		}
		end := i + 1
		var found []time.Time
		for end < len(ls) && item(ls[end]) {
			switch ls[end].kind {
			case kDate:
				found = append(found, ls[end].date)
			case kText:
				for _, m := range FindDates(ls[end].text) {
					found = append(found, m.Date)
				}
			}
			end++
		}
		if len(found) == 0 && end < len(ls) {
			continue
		}
		dates = append(dates, found...)
		for k := i + 1; k < end; k++ {
			if ls[k].kind != kBlank {
				ls[k].drop = true
			}
		}
		i = end - 1
	}
	return dates
}

// findTitle picks the first kept headline. When a dateline follows a
// headline, short lines above that headline are site header (a logo's alt
// text, a menu) and are dropped.
func findTitle(ls []line) int {
	first := -1
	for i, l := range ls {
		if l.drop || l.kind != kText {
			continue
		}
		if first < 0 {
			first = i
		}
		if !headline(l) {
			break
		}
		if d := nextNonBlank(ls, i+1); d >= 0 && ls[d].kind == kDate && i != first {
			short := true
			for k := first; k < i; k++ {
				if !ls[k].drop && ls[k].kind == kText && (words(ls[k].text) > 4 || !headline(ls[k])) {
					short = false
				}
			}
			if short {
				for k := first; k < i; k++ {
					if ls[k].kind == kText {
						ls[k].drop = true
					}
				}
				return i
			}
		}
		if i-first > 20 {
			break
		}
	}
	// Otherwise the first headline of two words or more: a lone word
	// above the text is a site or section name ("Webcafe", "Америка").
	for i := first; i >= 0 && i < len(ls) && i-first <= 20; i++ {
		if ls[i].drop || ls[i].kind != kText {
			continue
		}
		if !headline(ls[i]) {
			break
		}
		if words(ls[i].text) >= 2 {
			return i
		}
	}
	return -1
}

// nextNonBlank returns the next line from i that is kept and not blank.
func nextNonBlank(ls []line, i int) int {
	for ; i < len(ls); i++ {
		if !ls[i].drop && ls[i].kind != kBlank {
			return i
		}
	}
	return -1
}

// dateline finds the article's own publication date: a bare date line
// right before the title or within the three lines after it (before the
// body starts), else a date introduced as a publication date anywhere.
func dateline(ls []line, title int) *time.Time {
	if title >= 0 {
		for k := title - 1; k >= 0; k-- {
			if ls[k].drop || ls[k].kind == kBlank {
				continue
			}
			if ls[k].kind == kDate {
				return &ls[k].date
			}
			break
		}
		seen := 0
		for k := title + 1; k < len(ls) && seen < 3; k++ {
			if ls[k].drop || ls[k].kind == kBlank {
				continue
			}
			if ls[k].kind == kDate {
				return &ls[k].date
			}
			if !headline(ls[k]) {
				break
			}
			seen++
		}
	} else {
		// No headline: a dateline among the first lines still counts.
		for k, seen := nextNonBlank(ls, 0), 0; k >= 0 && seen < 3; k, seen = nextNonBlank(ls, k+1), seen+1 {
			if ls[k].kind == kDate {
				return &ls[k].date
			}
		}
	}
	for k := range ls {
		if !ls[k].drop && ls[k].kind == kDate && ls[k].pub {
			return &ls[k].date
		}
	}
	return nil
}

// headOf makes a title from running text: its first line, cut to a
// sentence or about 100 characters at a word boundary.
func headOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i > 0 && utf8.RuneCountInString(s[:i]) <= 150 {
		return s[:i]
	}
	if utf8.RuneCountInString(s) <= 120 {
		return s
	}
	n := 0
	cut := 0
	for i, r := range s {
		if n >= 100 {
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		return s
	}
	return s[:cut]
}

// hint applies the DateHint rule documented on Page.
func hint(p Page, neighbours []time.Time, ls []line) string {
	if p.Published != nil {
		return *p.Published
	}
	if len(neighbours) > 0 {
		lo, hi := neighbours[0], neighbours[0]
		for _, d := range neighbours[1:] {
			if d.Before(lo) {
				lo = d
			}
			if d.After(hi) {
				hi = d
			}
		}
		return ISO(lo.Add(hi.Sub(lo) / 2))
	}
	var latest time.Time
	for _, m := range FindDates(p.Text) {
		if m.Date.After(latest) {
			latest = m.Date
		}
	}
	if !latest.IsZero() {
		return ISO(latest)
	}
	for _, l := range ls {
		if l.kind == kModified && !l.date.IsZero() {
			return ISO(l.date)
		}
	}
	return ""
}

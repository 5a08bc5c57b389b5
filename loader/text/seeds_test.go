package text

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestSeeds checks the five real scrapes in seeds/: each decodes, keeps
// its article body whole, loses the page chrome and the listing of other
// articles, and yields the title and dateline a careful reader sees.
func TestSeeds(t *testing.T) {
	t.Chdir("../..") // ids are relative to the working directory
	docs, errs := Read(context.Background(), []string{"./seeds/"})
	for _, err := range errs {
		t.Errorf("unexpected error: %v", err)
	}
	type want struct {
		title     string
		published string // "" for none
		body      []string
		gone      []string
		partial   [][2]string // "day month" in the text -> ISO date via DateHint
	}
	wants := map[string]want{
		"000": {
			title: "Клъстер Зелена синергия участва в общо събрание на АБК на 11 май, 2018 г",
			body: []string{
				"На 11.05.2018 г. в гр. Пловдив Клъстер „Зелена синергия“ участва в редовно общо събрание",
				"изпълнителният директор на АБК – г-н Светлин Рангелов",
				"както и организирането на нови клъстерни обучения, семинари и тренинги.",
			},
			gone: []string{"Покажи всички", "беше представен на международната клъстерна конференция", "Регионална клъстерна среща", "28.03.2018", "12.07.2018"},
		},
		"001": {
			title:     "Среща на Асоциацията на бизнес клъстерите в офиса на Сдружение „Клъстер на здравните региони”",
			published: "2015-02-16",
			body: []string{
				"На 16 февруари, понеделник, в офиса на Сдружение",
				"Председателят на УС на АБК Венцислав Славков откри дискусията",
				"разширяване на обхвата на АБК в посока взаимодействие с икономическите региони на България.",
			},
			gone:    []string{"logo txt1", "Bulgarian English", "Sreshta-Cluster", "Последно променена", "Оставете коментар", "Visitor heat map", "EС икони"},
			partial: [][2]string{{"16 февруари", "2015-02-16"}},
		},
		"002": {
			title: "Клъстер Зелена синергия започна нов проект по Cluster Excellence",
			body: []string{
				"Клъстер Зелена синергия е член на страртиралия през ноември 2016г.",
				"• DARE. от Италия – координатор на проекта",
				"• Клъстер за енергийна ефективност от Сърбия",
				"извличат максимална полза от този вид синергия.",
			},
			gone:    []string{"15241193_", "Филипини", "MAISON", "VIBE-NATUREEF", "Покажи всички", "\n123\n"},
			partial: [][2]string{{"14 декември", "2016-12-14"}},
		},
		"003": {
			title:     "Двудневната българо-румънска клъстерна конференция се проведе на 28-29.09.2020 г. във Варна",
			published: "2020-09-30",
			body: []string{
				"На 28 и 29 септември 2020 г. Изпълнителната агенция за насърчаване на малките и средните предприятия (ИАНМСП)",
				"Инж. Тодор Тонев, Председател на УС на ЧЕК",
				"№ BG16RFOP002-2.052-0001",
				"Повече информация за проведената конференция: www.sme.government.bg",
			},
			gone: []string{"By /", "Новини / Off"},
		},
		"004": {
			title: "Регионална клъстерна среща „Иновационен растеж чрез клъстерно коопериране“",
			body: []string{
				"На 5 юли в гр. Варна се проведе регионална клъстерна среща",
				"• Изграждане и актуализиране на дългосрочни клъстерни стратегии",
				"Основни стъпки за постигане на клъстерно отличие, по проекта TRACE-KEI",
				"Дискутиран бе и предстоящият конкурс за иновативни клъстери по ОПИК",
			},
			gone:    []string{"Покажи всички", "отличниците по клъстерно управление", "15.05.2018", "01.11.2018", "\n2\n", "\n1\n"},
			partial: [][2]string{{"5 юли", "2018-07-05"}},
		},
	}
	if len(docs) != len(wants) {
		t.Fatalf("got %d documents, want %d", len(docs), len(wants))
	}
	for _, d := range docs {
		base := d.Path[strings.LastIndex(d.Path, "/")+1:]
		w, ok := wants[base[:3]]
		if !ok {
			t.Errorf("unexpected document %s", d.Path)
			continue
		}
		if d.ID != d.Path || !strings.HasPrefix(d.ID, "seeds/") {
			t.Errorf("%s: id %q, want the cleaned path", d.Path, d.ID)
		}
		if d.Encoding != EncUTF8 {
			t.Errorf("%s: encoding %q", d.Path, d.Encoding)
		}
		if d.Title != w.title {
			t.Errorf("%s: title\n got %q\nwant %q", d.Path, d.Title, w.title)
		}
		got := ""
		if d.Published != nil {
			got = *d.Published
		}
		if got != w.published {
			t.Errorf("%s: published %q, want %q", d.Path, got, w.published)
		}
		if head := strings.SplitN(d.Text, "\n", 4); !containsLine(strings.Join(head[:3], "\n"), d.Title) {
			t.Errorf("%s: title is not among the first lines: %q", d.Path, head[:3])
		}
		if strings.Count(d.Text, d.Title) != 1 {
			t.Errorf("%s: title appears %d times", d.Path, strings.Count(d.Text, d.Title))
		}
		for _, b := range w.body {
			if !strings.Contains(d.Text, b) {
				t.Errorf("%s: body lost %q", d.Path, b)
			}
		}
		for _, g := range w.gone {
			if strings.Contains(d.Text, g) {
				t.Errorf("%s: chrome kept %q", d.Path, g)
			}
		}
		if d.DateHint == "" {
			t.Errorf("%s: no date hint", d.Path)
			continue
		}
		hint, err := time.Parse("2006-01-02", d.DateHint)
		if err != nil {
			t.Fatalf("%s: hint %q: %v", d.Path, d.DateHint, err)
		}
		for _, p := range w.partial {
			if !strings.Contains(d.Text, p[0]) {
				t.Fatalf("%s: text lacks %q", d.Path, p[0])
			}
			f := strings.Fields(p[0])
			m, _ := Month(f[1])
			r, ok := ResolvePartial(atoi(f[0]), m, hint)
			if !ok || ISO(r) != p[1] {
				t.Errorf("%s: %q with hint %s resolves to %s, want %s", d.Path, p[0], d.DateHint, ISO(r), p[1])
			}
		}
		if d.Hash != hashText(d.Text) || len(d.Hash) != 64 {
			t.Errorf("%s: bad hash %q", d.Path, d.Hash)
		}
		if Clean(d.Text) != d.Text {
			t.Errorf("%s: Clean is not idempotent", d.Path)
		}
	}
}

// TestParagraphsSurvive: no line of running text (more than 30 words) in
// any seed or test input is lost by the clean-up, only re-spaced.
func TestParagraphsSurvive(t *testing.T) {
	for _, b := range corpus(t) {
		s, _, err := Decode("x", b)
		if err != nil {
			continue
		}
		clean := Clean(s)
		for _, l := range strings.Split(s, "\n") {
			l = collapse(l)
			if words(l) > 30 && !strings.Contains(clean, l) {
				t.Errorf("lost paragraph %q", l)
			}
		}
	}
}

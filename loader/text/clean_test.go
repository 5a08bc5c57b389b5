package text

import (
	"strings"
	"testing"
)

// TestClassify checks single lines against the furniture rules: what is
// dropped, what is a dateline, and what must stay as article text.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want kind
	}{
		{"7", kCounter}, {"123", kCounter}, {"2/5", kCounter}, {"12 коментара", kCounter},
		{"Views: 345", kCounter}, {"Прегледи: 412", kCounter},
		{"Покажи всички", kShowAll}, {"Виж всички »", kShowAll}, {"VIEW ALL", kShowAll},
		{"Свързани статии", kRelated}, {"Related posts:", kRelated}, {"Прочетете още:", kRelated},
		{"Оставете коментар", kUI}, {"Leave a Reply", kUI}, {"Сподели", kUI}, {"Read more »", kUI},
		{"Последно променена в Сряда, 15 Юли 2015 10:03", kModified},
		{"Last updated on March 5, 2021", kModified},
		{"15241193_1791285214422226_3419360311962604162_n", kImage},
		{"Sreshta-Cluster-2015-02-16-04-p", kImage},
		{"IMG_4512.JPG", kImage}, {"DSC01234", kImage}, {"snimka-konferencia.jpg", kImage},
		{"klaster-sreshta-2019-10-04", kImage},
		{"logo txt1", kUI}, {"EС икони", kUI}, {"Лого", kUI},
		{"Bulgarian English", kUI}, {"БГ | EN", kUI}, {"English Deutsch Français", kUI},
		{"Visitor heat map tracker, live visitor tracking, real time visitor counter", kUI},
		{"Начало » Новини » Международно сътрудничество", kUI},
		{"Home > News > Events", kUI},
		{"Copyright © 2021 Клъстер „Север“. Всички права запазени.", kUI},
		{"Етикети: габрово, мехатроника", kUI},
		{"Twitter Facebook LinkedIn", kUI}, {"< Назад Напред >", kUI}, {"« Предишна статия | Следваща статия »", kUI},
		{"Назад към природата", kText},
		{"Този сайт използва бисквитки, за да подобри работата си.", kUI},
		{"18:47", kCounter}, {"Препоръчай (0)", kCounter}, {"Коментари (12)", kCounter},
		{"Автор: Труд онлайн", kUI}, {"От: Агенция Монитор (66497)", kUI}, {"Снимка: Иван Петров", kUI},
		{"От: Асоциацията на бизнес клъстерите в България беше изпратено писмо до министъра.", kText},
		{"16.02.2015", kDate}, {"Публикувано на 3 март 2021", kDate},
		{"By / 30th септември, 2020 / Новини / Off", kDate},
		{"Posted on March 3, 2021 by admin", kDate},
		{"Иван Петров | 12.04.2019 | Събития", kDate},
		// Article text that looks a little like furniture must stay.
		{"TRACE-KEI", kText}, {"BG16RFOP002-2.052-0001", kText}, {"H2020", kText},
		{"English Language Cluster", kText},
		{"Клъстер Зелена синергия участва в общо събрание на АБК на 11 май, 2018 г", kText},
		{"На 16.02.2015 г. се проведе среща.", kText},
		{"2018 г. беше успешна година за клъстера.", kText},
		{"• DARE. от Италия – координатор на проекта", kText},
		{"Лого и визуална идентичност на клъстера бяха представени на срещата.", kText},
		{"Сподели опита си с нас, казаха от клъстера.", kText},
		{"Партньори / участници", kText},
	} {
		l := line{text: tc.in}
		classify(&l)
		if l.kind != tc.want {
			t.Errorf("classify(%q) = %d, want %d", tc.in, l.kind, tc.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	for _, tc := range []struct {
		name      string
		in        string
		title     string
		published string
		hint      string
		keep      []string
		gone      []string
	}{
		{
			name: "repeated title around a listing",
			in: "Заглавие на статията за клъстера\n\n4\nДруга новина за друго събитие\n10.01.2020\n" +
				"Трета новина за среща\n20.03.2020\nПокажи всички\n\nЗаглавие на статията за клъстера\n\n2\n\n" +
				"На 5 февруари се проведе среща. Клъстерът прие нови членове.",
			title: "Заглавие на статията за клъстера",
			hint:  "2020-02-14",
			keep:  []string{"На 5 февруари се проведе среща."},
			gone:  []string{"Друга новина", "Трета новина", "10.01.2020", "Покажи всички", "\n2\n"},
		},
		{
			name: "capitalised second copy",
			in: "Клъстерът подписа меморандум\nСтара новина\n1 май 2019\nОще една стара новина\n3 май 2019\n" +
				"КЛЪСТЕРЪТ ПОДПИСА МЕМОРАНДУМ\n12.06.2019\nТекстът на новината е тук.",
			title: "Клъстерът подписа меморандум", published: "2019-06-12",
			keep: []string{"Клъстерът подписа меморандум\n12.06.2019\nТекстът"},
			gone: []string{"КЛЪСТЕРЪТ", "Стара новина"},
		},
		{
			name:  "title repeated with its own dateline only",
			in:    "Заглавие на статията\n16.02.2015\nЗаглавие на статията\nТекст на статията, който е дълъг. И още едно изречение.",
			title: "Заглавие на статията", published: "2015-02-16",
			keep: []string{"16.02.2015"},
		},
		{
			name:  "a dateline that opens with its town",
			in:    "Клъстерът подписа меморандум с общината\n\nРусе, 28 юни 2024 г.\n\nВчера клъстерът и общината подписаха меморандум.",
			title: "Клъстерът подписа меморандум с общината", published: "2024-06-28",
			keep: []string{"Русе, 28 юни 2024 г."},
		},
		{
			name:  "an English dateline with a two-word town and a dash",
			in:    "Clusters meet in Stara Zagora\nSTARA ZAGORA, March 4, 2026 –\nThe cluster held its assembly yesterday.",
			title: "Clusters meet in Stara Zagora", published: "2026-03-04",
			keep: []string{"STARA ZAGORA, March 4, 2026"},
		},
		{
			name:  "a sentence with a town and a date is no dateline",
			in:    "Клъстерът подписа меморандум с общината\n\nВ Русе, на 28 юни 2024 г. клъстерът подписа меморандум.",
			title: "Клъстерът подписа меморандум с общината",
			keep:  []string{"В Русе, на 28 юни 2024 г."},
		},
		{
			name: "listing without repeated title keeps the page title",
			in: "Заглавие на страницата\n\n7\nНовина едно за нещо\n11.10.2021\nНовина две за друго\n03.09.2021\nВиж всички\n\n" +
				"Първи абзац на статията, която е дълга и има точка.",
			title: "Заглавие на страницата", hint: "2021-09-22",
			gone: []string{"Новина едно", "Новина две", "Виж всички"},
		},
		{
			name: "listing with blank lines between items, as HTML gives",
			in: "Заглавие на страницата\n\nНовина едно за нещо\n\n11.10.2021\n\nНовина две за друго\n\n03.09.2021\n\nВиж всички\n\n" +
				"Първи абзац на статията, която е дълга и има точка.",
			title: "Заглавие на страницата", hint: "2021-09-22",
			gone: []string{"Новина едно", "Новина две", "Виж всички"},
		},
		{
			name:  "header above a headline with a dateline",
			in:    "logo txt1\nПлатформа\nМеню на сайта\nКлъстер обяви конкурс\n\n3 март 2021\n\nТекст на статията.",
			title: "Клъстер обяви конкурс", published: "2021-03-03",
			gone: []string{"Платформа", "Меню на сайта", "logo"},
		},
		{
			name:  "byline before the title",
			in:    "By / 30th септември, 2020 / Новини / Off\n\nКонференция във Варна\n\nНа 28 септември 2020 г. се проведе конференция.",
			title: "Конференция във Варна", published: "2020-09-30",
			gone: []string{"By", "Off", "Новини"},
		},
		{
			name:  "publication prefix deep in the text",
			in:    "Заглавие на статията\n\nПърви абзац, който е дълъг.\n\nПубликувано на 3 март 2021 г.\n\nВтори абзац.",
			title: "Заглавие на статията", published: "2021-03-03",
		},
		{
			name:  "event date in title is not a dateline",
			in:    "Общо събрание на 11 май, 2018 г\n\nНа 11.05.2018 г. в Пловдив се проведе общо събрание.",
			title: "Общо събрание на 11 май, 2018 г", hint: "2018-05-11",
		},
		{
			name:  "modified stamp only feeds the hint",
			in:    "Заглавие на статията\n\nТекст без пълна дата, само 5 юли.\n\nПоследно променена в Сряда, 15 Юли 2015 10:03",
			title: "Заглавие на статията", hint: "2015-07-15",
			gone: []string{"Последно"},
		},
		{
			name: "related block at the bottom",
			in: "Заглавие на статията\n\nТекст на статията.\n\nСвързани статии\n\nДруга статия за клъстери\n12.09.2019\n" +
				"Трета статия\n01.08.2019",
			title: "Заглавие на статията", hint: "2019-08-22",
			gone: []string{"Свързани", "Друга статия", "Трета"},
		},
		{
			name:  "related heading followed by body keeps the body",
			in:    "Заглавие на статията\n\nПрочетете още\nКратък ред\n\nДълъг абзац с текст, който продължава статията нататък.",
			title: "Заглавие на статията",
			keep:  []string{"Кратък ред", "Дълъг абзац"},
		},
		{
			name:  "no headline: title from the first sentence",
			in:    "Клъстерът прие нови членове на общото събрание. Събранието се проведе в София и продължи цял ден, като бяха обсъдени много въпроси.",
			title: "Клъстерът прие нови членове на общото събрание",
		},
		{
			name:  "no headline: a site name is not a title, a leading dateline is",
			in:    "Webcafe\n\n03.11.2020, 11:26\n\nАмериканците решават кой ще е президент. Следва още текст на статията за изборите и кандидатите в САЩ.",
			title: "Американците решават кой ще е президент", published: "2020-11-03",
		},
		{
			name:  "author credit and time before the text",
			in:    "Автор: Труд онлайн\n\nСвят\n\n11:45\n\n07 Ноември 2020\n\nДълъг текст на статията с много думи, който започва тук. И продължава.",
			title: "Дълъг текст на статията с много думи, който започва тук", published: "2020-11-07",
			gone: []string{"Автор", "11:45"},
		},
		{
			name:  "a colon phrase introducing content stays",
			in:    "Заглавие на статията\n\nВижте повече:\n\n1. Първа точка от списъка.\n\nСподели:\n\nFacebook",
			title: "Заглавие на статията",
			keep:  []string{"Вижте повече:\n\n1. Първа"},
			gone:  []string{"Сподели", "Facebook"},
		},
		{name: "only chrome", in: "Покажи всички\n123\nОставете коментар\n"},
		{name: "empty", in: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Analyze(tc.in)
			if p.Title != tc.title {
				t.Errorf("title %q, want %q", p.Title, tc.title)
			}
			got := ""
			if p.Published != nil {
				got = *p.Published
			}
			if got != tc.published {
				t.Errorf("published %q, want %q", got, tc.published)
			}
			if tc.hint != "" && p.DateHint != tc.hint {
				t.Errorf("hint %q, want %q", p.DateHint, tc.hint)
			}
			for _, k := range tc.keep {
				if !strings.Contains(p.Text, k) {
					t.Errorf("lost %q in %q", k, p.Text)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(p.Text, g) {
					t.Errorf("kept %q in %q", g, p.Text)
				}
			}
			if Clean(p.Text) != p.Text {
				t.Errorf("not idempotent:\n%q\n%q", p.Text, Clean(p.Text))
			}
			if ti, pub, _ := Meta(p.Text); ti != p.Title || (pub == nil) != (p.Published == nil) {
				t.Errorf("Meta(cleaned) = %q, %v; Analyze gave %q, %v", ti, pub, p.Title, p.Published)
			}
		})
	}
}

func TestCleanLayout(t *testing.T) {
	in := "  Заглавие  \r\n\n\n\n\u00a0\nПърви\tред   с  интервали\n Втори ред\n\n\n"
	want := "Заглавие\n\nПърви ред с интервали\nВтори ред"
	if got := Clean(in); got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}

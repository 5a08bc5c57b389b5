package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestRelativeDays checks that a day named relative to the dateline is
// dated from it (the annotation conventions' "Dates"): 28 June 2024 is a
// Friday. Texts invented.
func TestRelativeDays(t *testing.T) {
	const pub = "2024-06-28"
	tests := []struct {
		name, text, pub string
		word, want      string // the words dated and their day; "" when none
	}{
		{"yesterday", "Конференцията се проведе вчера в Русе.", pub, "вчера", "2024-06-27"},
		{"the day before yesterday", "Конференцията се проведе завчера в Русе.", pub, "завчера", "2024-06-26"},
		{"last night", "Церемонията се състоя снощи в Русе.", pub, "снощи", "2024-06-27"},
		{"today", "Конференцията се провежда днес в Русе.", pub, "днес", "2024-06-28"},
		{"tomorrow", "Конференцията ще се проведе утре в Русе.", pub, "утре", "2024-06-29"},
		{"yesterday's", "На вчерашната конференция в Русе говориха петима.", pub, "вчерашната", "2024-06-27"},
		{"English yesterday", "The conference was held yesterday in Ruse.", pub, "yesterday", "2024-06-27"},
		{"English tomorrow", "The conference will take place tomorrow in Ruse.", pub, "tomorrow", "2024-06-29"},
		{"a weekday in the past", "Конференцията се проведе в четвъртък в Русе.", pub, "четвъртък", "2024-06-27"},
		{"a weekday in the past, further back", "Конференцията се проведе в понеделник в Русе.", pub, "понеделник", "2024-06-24"},
		{"a weekday in the future", "Конференцията ще се проведе в четвъртък в Русе.", pub, "четвъртък", "2024-07-04"},
		{"a weekday in the present of a programme", "Във вторник в Русе започва конференцията.", pub, "вторник", "2024-07-02"},
		{"the dateline's own weekday, past", "Конференцията се проведе в петък в Русе.", pub, "петък", "2024-06-28"},
		{"the dateline's own weekday, future", "Конференцията ще се проведе в петък в Русе.", pub, "петък", "2024-07-05"},
		{"last weekday", "Конференцията се проведе миналия петък в Русе.", pub, "петък", "2024-06-21"},
		{"next weekday", "Срещата е насрочена за следващата сряда в Русе.", pub, "сряда", "2024-07-03"},
		{"English weekday, past", "The conference was held on Thursday in Ruse.", pub, "Thursday", "2024-06-27"},
		{"English weekday, future", "The conference will be held on Thursday in Ruse.", pub, "Thursday", "2024-07-04"},
		{"English last weekday", "The forum closed last Monday in Ruse.", pub, "Monday", "2024-06-24"},
		{"no dateline, no day", "Конференцията се проведе вчера в Русе.", "", "", ""},
		{"a span to today is no day", "До днес клъстерът е провел десет конференции.", pub, "", ""},
		{"today in someone's words is theirs", "„Днес сме по-силни“, каза председателят.", pub, "", ""},
		{"a written date after the relative day dates it alone", "Конференцията се провежда днес, 28 юни, в Русе.", pub, "28 юни", "2024-06-28"},
		{"a weekday in brackets after a date is no second day", "Конференцията се проведе на 27 юни (четвъртък) в Русе.", pub, "27 юни", "2024-06-27"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &kg.Document{ID: "d", Text: tc.text}
			if tc.pub != "" {
				p := tc.pub
				d.Published = &p
			}
			dc := newDocCtx(0, d)
			ds := findDates(dc)
			if tc.word == "" {
				if len(ds) != 0 {
					t.Fatalf("got %+v, want no date", ds)
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("got %d dates %+v, want 1", len(ds), ds)
			}
			if got := string(dc.rs[ds[0].s:ds[0].e]); got != tc.word || ds[0].start != tc.want || ds[0].end != tc.want {
				t.Errorf("got %s..%s over %q, want %s over %q", ds[0].start, ds[0].end, got, tc.want, tc.word)
			}
		})
	}
}

// TestRelativeDayFromDateline checks that without a published date the
// dateline at the head of the text ("Русе, 28 юни 2024 г.", "ROUSSE, June
// 28, 2024 –") is the day relative days count from, and that a date later
// in the body is no dateline.
func TestRelativeDayFromDateline(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Клъстерът за зелени технологии събра партньорите си\n\nРусе, 28 юни 2024 г.\n\nКонференцията се проведе вчера в Русе.", "2024-06-27"},
		{"The green technology cluster gathered its partners\n\nROUSSE, June 28, 2024 – The conference was held yesterday in Ruse.", "2024-06-27"},
		{"Клъстерът за зелени технологии събра партньорите си\n\nКонференцията се проведе вчера в Русе. Следващата ще бъде на 5 юли 2024 г.", ""},
	}
	for _, tc := range tests {
		dc := newDocCtx(0, &kg.Document{ID: "d", Text: tc.text})
		got := ""
		for _, d := range findDates(dc) {
			if w := string(dc.rs[d.s:d.e]); w == "вчера" || w == "yesterday" {
				got = d.start
			}
		}
		if got != tc.want {
			t.Errorf("%q: yesterday is %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestEventParaphrases checks that an event told of is read, and dated,
// whatever the tense, voice, word order, relative day or language of the
// sentence (sentences invented; the dateline is Friday 28 June 2024).
func TestEventParaphrases(t *testing.T) {
	tests := []struct {
		body, event, start string
	}{
		// a described event "по проекта" in a text that names no project
		{"Заключителната конференция по проекта се проведе на 27 юни в Русе.", "заключителна конференция", "2024-06-27"},
		{"Заключителната конференция по проекта ще се проведе на 3 юли в Русе.", "заключителна конференция", "2024-07-03"},
		{"Заключителната конференция по проекта се провежда днес в Русе.", "заключителна конференция", "2024-06-28"},
		{"Заключителната конференция по проекта беше проведена вчера в Русе.", "заключителна конференция", "2024-06-27"},
		{"Заключителната конференция по проекта се състоя в четвъртък в Русе.", "заключителна конференция", "2024-06-27"},
		{"Информационен ден по проекта ще се проведе утре в Русе.", "информационен ден", "2024-06-29"},
		{"В четвъртък в Русе ще се проведе информационен ден по проекта.", "информационен ден", "2024-07-04"},
		// an instrumental opener, and the event after the verb
		{"С международна заключителна конференция в Русе завърши вчера тригодишният проект ВЕЛОНИТ.", "международна заключителна конференция", "2024-06-27"},
		{"С международна конференция в Русе стартира вчера проектът ВЕЛОНИТ.", "международна конференция", "2024-06-27"},
		{"Проектът ВЕЛОНИТ завърши с международна конференция в Русе на 27 юни.", "международна конференция", "2024-06-27"},
		// a bare noun without article, object or subject of a verb of holding
		{"Клъстерът „Слънчев Бряг Тех“ организира вчера семинар в Русе.", "семинар", "2024-06-27"},
		{"Клъстерът „Слънчев Бряг Тех“ ще организира на 3 юли семинар в Русе.", "семинар", "2024-07-03"},
		{"Вчера Клъстерът „Слънчев Бряг Тех“ проведе семинар в Русе.", "семинар", "2024-06-27"},
		{"Cluster Velonit organised a conference in Ruse yesterday.", "conference", "2024-06-27"},
		{"Cluster Velonit will hold a conference in Ruse on Thursday.", "conference", "2024-07-04"},
		{"A conference was organised by Cluster Velonit yesterday in Ruse.", "conference", "2024-06-27"},
		// tense and voice of holding, opening and ending
		{"Семинар за дигитални умения бе организиран вчера в Русе.", "семинар за дигитални умения", "2024-06-27"},
		{"Семинар за дигитални умения ще бъде проведен утре в Русе.", "семинар за дигитални умения", "2024-06-29"},
		{"Семинарът за дигитални умения стартира вчера в Русе.", "семинар за дигитални умения", "2024-06-27"},
		{"Семинарът за дигитални умения започна вчера в Русе.", "семинар за дигитални умения", "2024-06-27"},
		{"На 27 юни в Русе беше открит семинар за дигитални умения.", "семинар за дигитални умения", "2024-06-27"},
		{"The final conference of the project was held yesterday in Ruse.", "final conference", "2024-06-27"},
		{"The final conference of the project will take place on Thursday in Ruse.", "final conference", "2024-07-04"},
		{"The final conference of the project has been organised on 27 June in Ruse by Cluster Velonit.", "final conference", "2024-06-27"},
		{"The final conference of the project takes place today in Ruse.", "final conference", "2024-06-28"},
		{"Заключителната конференция по проекта се състои днес в Русе.", "заключителна конференция", "2024-06-28"},
		// what a project opened or closed with; a feminine noun in -ия is no articled one
		{"The project VELONIT kicked off with a conference in Ruse yesterday.", "conference", "2024-06-27"},
		{"The project VELONIT closed with a conference in Ruse on 27 June.", "conference", "2024-06-27"},
		{"Проектът ВЕЛОНИТ стартира вчера с конференция в Русе.", "конференция", "2024-06-27"},
		{"Клъстерът „Слънчев Бряг Тех“ организира вчера конференция в Русе.", "конференция", "2024-06-27"},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			text := "Новини от клъстера за зелени технологии в региона\n\nРусе, 28 юни 2024 г.\n\n" + tc.body
			_, g := extractTexts(t, "2024-06-28", text)
			e := findEnt(g, kg.Event, tc.event)
			if e == nil {
				t.Fatalf("no event %q in\n%s", tc.event, dump(g))
			}
			if e.Properties["start"] != tc.start {
				t.Errorf("event %q starts %v, want %s", tc.event, e.Properties["start"], tc.start)
			}
		})
	}
	// "днес" in a general statement is no sign of an event
	_, g := extractTexts(t, "2024-06-28", "Новини от клъстера за зелени технологии в региона\n\nРусе, 28 юни 2024 г.\n\nДнес 60 стопанства продават продукцията си чрез обща платформа за срещи.")
	for _, e := range g.Entities {
		if e.Type == kg.Event {
			t.Errorf("a general statement with 'днес' gave the event %q", e.Name)
		}
	}
}

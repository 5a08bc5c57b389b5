package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"На 11.05.2018 г. в гр. Пловдив Клъстер „Зелена синергия“ участва. Събранието събра 8 членове.",
			[]string{"На 11.05.2018 г. в гр. Пловдив Клъстер „Зелена синергия“ участва.", "Събранието събра 8 членове."}},
		{"АБК работи през 2017 – 2018 г. Сред приоритетите е обучението.",
			[]string{"АБК работи през 2017 – 2018 г.", "Сред приоритетите е обучението."}},
		{"Председателят д-р Андрей Кехайов и инж. Тодор Тонев говориха. А. Петров също.",
			[]string{"Председателят д-р Андрей Кехайов и инж. Тодор Тонев говориха.", "А. Петров също."}},
		{"Хотел „Астор Гардънс“, к.к. „Св. Св. Константин и Елена“, гр. Варна. Край.",
			[]string{"Хотел „Астор Гардънс“, к.к. „Св. Св. Константин и Елена“, гр. Варна.", "Край."}},
		{"Заглавие\n\n16.02.2015\n\n• Първа точка\n• Втора точка",
			[]string{"Заглавие", "16.02.2015", "• Първа точка", "• Втора точка"}},
		{"Какво следва?! „Нов проект“, казаха те... И още.", []string{"Какво следва?!", "„Нов проект“, казаха те...", "И още."}},
		{"Code BG16RFOP002-2.052-0001 is used. See www.sme.government.bg for more.", []string{"Code BG16RFOP002-2.052-0001 is used.", "See www.sme.government.bg for more."}},
		{"На 28 и 29 септември 2020 г. Изпълнителната агенция проведе конференция „Биоикономиката като двигател. Клъстерите и тяхната роля“ във Варна. Край.",
			[]string{"На 28 и 29 септември 2020 г. Изпълнителната агенция проведе конференция „Биоикономиката като двигател. Клъстерите и тяхната роля“ във Варна.", "Край."}},
		{"Сдружение „Клъстер без затваряща кавичка. Следващо изречение.", []string{"Сдружение „Клъстер без затваряща кавичка.", "Следващо изречение."}},
		{"", nil},
		{"\n\n", nil},
	} {
		got := Sentences(tc.in)
		var texts []string
		runes := []rune(tc.in)
		for _, s := range got {
			texts = append(texts, s.Text)
			if s.Start < 0 || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text {
				t.Errorf("%q: span %d:%d does not hold %q", tc.in, s.Start, s.End, s.Text)
			}
		}
		if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, texts, tc.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, b := range corpus(f) {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		runes := []rune(s)
		last := 0
		for _, x := range Sentences(s) {
			if x.Start < last || x.End <= x.Start || x.End > len(runes) || string(runes[x.Start:x.End]) != x.Text {
				t.Fatalf("bad sentence %+v in %q", x, s)
			}
			last = x.End
		}
	})
}

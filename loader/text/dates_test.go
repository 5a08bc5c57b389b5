package text

import (
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Month
		ok   bool
	}{
		{"януари", 1, true}, {"Януари", 1, true}, {"ЯНУАРИ", 1, true}, {"яну.", 1, true},
		{"февр.", 2, true}, {"Септ.", 9, true}, {"ноември", 11, true}, {"дек", 12, true},
		{"Sept", 9, true}, {"December", 12, true}, {"MAY", 5, true}, {"мая", 5, true},
		{"понеделник", 0, false}, {"", 0, false}, {"клъстер", 0, false},
	} {
		got, ok := Month(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Month(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" when not a bare date
	}{
		{"16.02.2015", "2015-02-16"},
		{"16.02.2015 г.", "2015-02-16"},
		{"5/3/2021", "2021-03-05"},
		{"16.II.2018", "2018-02-16"},
		{"2021-03-03", "2021-03-03"},
		{"30th септември, 2020", "2020-09-30"},
		{"3 март 2021 г.", "2021-03-03"},
		{"3-ти март 2021 г.", "2021-03-03"},
		{"Сряда, 15 Юли 2015 10:03", "2015-07-15"},
		{"March 3, 2021", "2021-03-03"},
		{"Sept. 30th 2020", "2020-09-30"},
		{"1 ЯНУАРИ 2019", "2019-01-01"},
		{"31.02.2020", ""},                  // impossible day
		{"5 юли", ""},                       // partial
		{"ноември 2017", ""},                // partial
		{"На 16.02.2015 г. се проведе", ""}, // running text
		{"28-29.09.2020", ""},               // a range, not one date
		{"BG16RFOP002-2.052-0001", ""},
		{"1.2.3.2015", ""},
		{"", ""},
	} {
		d, ok := ParseDate(tc.in)
		got := ""
		if ok {
			got = ISO(d)
		}
		if got != tc.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFindDates(t *testing.T) {
	s := "На 11.05.2018 г. и на 28 и 29 септември 2020 г., после 2021-03-03; код C0001/26.09.2013 и слаг x-2015-02-16-04"
	var got []string
	for _, m := range FindDates(s) {
		got = append(got, ISO(m.Date)+"="+s[m.Start:m.End])
	}
	want := []string{"2018-05-11=11.05.2018", "2020-09-29=29 септември 2020", "2021-03-03=2021-03-03"}
	if len(got) != len(want) {
		t.Fatalf("FindDates = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("FindDates[%d] = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestResolvePartial(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse("2006-01-02", s); return x }
	for _, tc := range []struct {
		day   int
		month time.Month
		hint  string
		want  string
	}{
		{5, 7, "2018-08-08", "2018-07-05"},
		{13, 12, "2017-01-07", "2016-12-13"},
		{15, 1, "2020-12-20", "2021-01-15"},
		{29, 2, "2019-06-01", "2020-02-29"},
	} {
		got, ok := ResolvePartial(tc.day, tc.month, d(tc.hint))
		if !ok || ISO(got) != tc.want {
			t.Errorf("ResolvePartial(%d, %v, %s) = %s, %v; want %s", tc.day, tc.month, tc.hint, ISO(got), ok, tc.want)
		}
	}
	if _, ok := ResolvePartial(30, 2, d("2020-01-01")); ok {
		t.Error("30 February resolved")
	}
}

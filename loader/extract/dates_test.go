package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

func TestFindDates(t *testing.T) {
	tests := []struct {
		text, pub  string
		start, end string
		covered    string
	}{
		{"На 11.05.2018 г. в гр. Пловдив", "", "2018-05-11", "2018-05-11", "11.05.2018"},
		{"се проведе на 28-29.09.2020 г. във Варна", "", "2020-09-28", "2020-09-29", "28-29.09.2020"},
		{"форумът 31.05-01.06.2018 в Русе", "", "2018-05-31", "2018-06-01", "31.05-01.06.2018"},
		{"На 28 и 29 септември 2020 г. агенцията", "", "2020-09-28", "2020-09-29", "28 и 29 септември 2020"},
		{"На 5 юли в гр. Варна", "2018-07-10", "2018-07-05", "2018-07-05", "5 юли"},
		{"на 11 май, 2018 г", "", "2018-05-11", "2018-05-11", "11 май, 2018"},
		{"на 13 и 14 декември в Барселона", "2016-12-20", "2016-12-13", "2016-12-14", "13 и 14 декември"},
		{"между 13-14 март 2019", "", "2019-03-13", "2019-03-14", "13-14 март 2019"},
		{"от 30 май до 1 юни 2021", "", "2021-05-30", "2021-06-01", "30 май до 1 юни 2021"},
		{"през ноември 2017г. във Валенсия", "", "2017-11", "2017-11", "ноември 2017г"},
		{"on 30th September 2020 in Sofia", "", "2020-09-30", "2020-09-30", "30th September 2020"},
		{"дата 2019-04-02 в системата", "", "2019-04-02", "2019-04-02", "2019-04-02"},
		{"на 5-ти ноември 2026 г. в Русе", "", "2026-11-05", "2026-11-05", "5-ти ноември 2026"},
		{"на 5 ноем. 2026 г. в Русе", "", "2026-11-05", "2026-11-05", "5 ноем. 2026"},
		{"на 3–5.12.2026 г. в Русе", "", "2026-12-03", "2026-12-05", "3–5.12.2026"},
		{"held from 21 to 23 January 2025 in Barcelona", "", "2025-01-21", "2025-01-23", "21 to 23 January 2025"},
		{"ROUSSE, March 4, 2026 – The cluster", "", "2026-03-04", "2026-03-04", "March 4, 2026"},
		{"on February 10-11, 2026 in Vienna", "", "2026-02-10", "2026-02-11", "February 10-11, 2026"},
		{"on 5 Dec. 2026 in Sofia", "", "2026-12-05", "2026-12-05", "5 Dec. 2026"},
	}
	for _, tc := range tests {
		var pub *string
		if tc.pub != "" {
			pub = &tc.pub
		}
		dc := newDocCtx(0, &kg.Document{ID: "d", Text: tc.text, Published: pub})
		ds := findDates(dc)
		if len(ds) != 1 {
			t.Errorf("%q: %d dates %+v, want 1", tc.text, len(ds), ds)
			continue
		}
		d := ds[0]
		if d.start != tc.start || d.end != tc.end || string(dc.rs[d.s:d.e]) != tc.covered {
			t.Errorf("%q: got %s..%s over %q, want %s..%s over %q", tc.text, d.start, d.end, string(dc.rs[d.s:d.e]), tc.start, tc.end, tc.covered)
		}
	}
	// a year-less date takes the year of a dated passage just before it
	dc := newDocCtx(0, &kg.Document{ID: "d", Text: "На 3 март 2021 г. беше първата среща, а на 10 март втората.", Published: ptr("2023-01-01")})
	if ds := findDates(dc); len(ds) != 2 || ds[1].start != "2021-03-10" {
		t.Errorf("year from context: got %+v", ds)
	}
	// no year and no publication date: no date
	dc = newDocCtx(0, &kg.Document{ID: "d", Text: "на 5 юли в гр. Варна"})
	if ds := findDates(dc); len(ds) != 0 {
		t.Errorf("undated: got %+v", ds)
	}
	for _, bad := range []string{"32.13.2020", "99.99.9999", "на 45 май"} {
		if ds := findDates(newDocCtx(0, &kg.Document{ID: "d", Text: bad})); len(ds) != 0 {
			t.Errorf("%q: got %+v, want none", bad, ds)
		}
	}
}

func ptr(s string) *string { return &s }

package store

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Зелена синергия", []string{"зелена", "синергия"}},
		{"zelena  SINERGIYA", []string{"zelena", "sinergiya"}},
		{`TRACE-KEI`, []string{"trace", "kei"}},
		{`a AND b OR NOT c`, []string{"a", "and", "b", "or", "not", "c"}},
		{`+-&&||!(){}[]^"~*?:\/`, nil},
		{"", nil},
		{"x x x", []string{"x"}},
		{"1 2 3 4 5 6 7 8 9 10", []string{"1", "2", "3", "4", "5", "6", "7", "8"}},
		{strings.Repeat("я", 100), []string{strings.Repeat("я", maxTermLen)}},
	}
	for _, tc := range tests {
		if got := Terms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLuceneQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"?!", ""},
		{"abk", "(abk^3 OR abk*)"},
		{"zelena sin", `(zelena^3 OR zelena* OR zelena~1) OR (sin^3 OR sin*) OR "zelena sin"^5`},
	}
	for _, tc := range tests {
		if got := LuceneQuery(tc.in); got != tc.want {
			t.Errorf("LuceneQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEscapeLucene(t *testing.T) {
	if got, want := EscapeLucene(`a+b(c)"d"\`), `a\+b\(c\)\"d\"\\`; got != want {
		t.Errorf("EscapeLucene = %q, want %q", got, want)
	}
}

// FuzzLuceneQuery checks that any input gives a query made only of escaped
// words, the operators this package writes, and balanced parentheses.
func FuzzLuceneQuery(f *testing.F) {
	for _, s := range []string{"zelena sinergiya", `"(unbalanced`, `\`, "АБК && ||", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := LuceneQuery(in)
		if !utf8.ValidString(q) && utf8.ValidString(in) {
			t.Fatalf("invalid UTF-8 from %q", in)
		}
		if strings.Count(q, "(") != strings.Count(q, ")") || strings.Count(q, `"`)%2 != 0 {
			t.Fatalf("unbalanced query %q from %q", q, in)
		}
		if len(Terms(in)) > maxTerms {
			t.Fatalf("too many terms from %q", in)
		}
	})
}

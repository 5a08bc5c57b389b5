package extract

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// runesOf must decode as []rune does, with the byte offset of each rune, and
// tell valid UTF-8 from invalid (evidence texts are substrings only then).
func TestRunesOf(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Клъстер „Зелена синергия“", "a\xffb", "\xd0", "\xd0a", "\xe2\x80", "\ufffd written out",
		"\xc0\x80 overlong", "\xed\xa0\x80 surrogate", "𝔘 four bytes", "ǅ\u00a0\u202e",
	} {
		rs, offs, valid := runesOf(s)
		if want := []rune(s); !slices.Equal(rs, want) {
			t.Errorf("runesOf(%q) runes = %q, want %q", s, rs, want)
		}
		if valid != utf8.ValidString(s) {
			t.Errorf("runesOf(%q) valid = %v", s, valid)
		}
		var want []int32
		for b := range s {
			want = append(want, int32(b))
		}
		want = append(want, int32(len(s)))
		if !slices.Equal(offs, want) {
			t.Errorf("runesOf(%q) offsets = %v, want %v", s, offs, want)
		}
	}
}

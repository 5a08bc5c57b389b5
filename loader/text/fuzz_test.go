package text

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// corpus returns the seeds and the hand-written test inputs as fuzz seeds.
func corpus(t testing.TB) [][]byte {
	var out [][]byte
	for _, pat := range []string{"../../seeds/*.txt", "testdata/*"} {
		fs, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if st, err := os.Stat(f); err != nil || st.IsDir() {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
	}
	return out
}

// The seeds are pages of several kilobytes; minimising each new input at
// the default budget stalls the run, so fuzz with a small one:
//
//	go test ./loader/text -run XXX -fuzz FuzzClean -fuzzminimizetime 200x
func FuzzDecode(f *testing.F) {
	for _, b := range corpus(f) {
		f.Add(b)
	}
	f.Add([]byte{0xFF, 0xFE, 0x00})
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xC0})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode("fuzz.txt", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if enc == "" || !utf8.ValidString(s) || strings.ContainsRune(s, '\r') || !norm.NFC.IsNormalString(s) {
			t.Fatalf("bad decode %q (%s) of %q", s, enc, b)
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, b := range corpus(f) {
		f.Add(string(b))
	}
	f.Add("Заглавие\n1\nА\n01.01.2020\nБ\n02.02.2020\nПокажи всички\nЗаглавие\nТекст.")
	f.Fuzz(func(t *testing.T, s string) {
		p := Analyze(s)
		if utf8.ValidString(s) && !utf8.ValidString(p.Text) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", p.Text)
		}
		if p.Published != nil && len(*p.Published) != 10 {
			t.Fatalf("published %q", *p.Published)
		}
		if p.Text == "" && p.Title != "" {
			t.Fatalf("title %q without text", p.Title)
		}
		if p.Title != "" && !strings.Contains(p.Text, p.Title) {
			t.Fatalf("title %q not in text %q", p.Title, p.Text)
		}
		if utf8.ValidString(s) {
			if again := Clean(p.Text); again != p.Text {
				t.Fatalf("Clean is not idempotent:\n%q\n%q", p.Text, again)
			}
		}
	})
}

// FuzzRead writes the input to a temporary file of each format and checks
// what Read returns: valid NFC text, a matching hash, and rune offsets that
// slice the text back to the substrings they were computed from.
func FuzzRead(f *testing.F) {
	for _, b := range corpus(f) {
		f.Add(b, uint8(0))
	}
	f.Add([]byte(`{"id":"x","text":"Заглавие\n\n16.02.2015\n\nТекст на 5 юли."}`), uint8(3))
	f.Add([]byte("<h1>Заглавие</h1><p>Текст от 16.02.2015</p>"), uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, format uint8) {
		ext := []string{".txt", ".md", ".html", ".jsonl"}[int(format)%4]
		path := filepath.Join(t.TempDir(), "doc"+ext)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		docs, errs := Read(context.Background(), []string{path})
		for _, err := range errs {
			if !strings.Contains(err.Error(), filepath.ToSlash(path)) {
				t.Fatalf("error does not name the file: %v", err)
			}
		}
		for _, d := range docs {
			if d.Text == "" || !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !norm.NFC.IsNormalString(d.Text) {
				t.Fatalf("bad text %q / title %q", d.Text, d.Title)
			}
			if d.Hash != hashText(d.Text) {
				t.Fatal("hash mismatch")
			}
			runes := []rune(d.Text)
			check := func(start, end int) {
				rs := utf8.RuneCountInString(d.Text[:start])
				re := rs + utf8.RuneCountInString(d.Text[start:end])
				if string(runes[rs:re]) != d.Text[start:end] {
					t.Fatalf("rune span %d:%d does not match byte span %d:%d", rs, re, start, end)
				}
			}
			if i := strings.Index(d.Text, d.Title); i >= 0 {
				check(i, i+len(d.Title))
			}
			for _, m := range FindDates(d.Text) {
				check(m.Start, m.End)
			}
		}
	})
}

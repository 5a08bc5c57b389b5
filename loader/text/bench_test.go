package text

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// benchInput is the five seeds, concatenated, as a realistic page mix.
func benchInput(b *testing.B) []byte {
	var buf bytes.Buffer
	for _, c := range corpus(b)[:5] {
		buf.Write(c)
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

func BenchmarkDecode(b *testing.B) {
	in := benchInput(b)
	cp, err := charmap.Windows1251.NewEncoder().Bytes(bytes.ReplaceAll(bytes.ReplaceAll(in, []byte("¦ü"), nil), []byte("•"), []byte("*")))
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   []byte
	}{{"utf-8", in}, {"windows-1251", cp}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.in)))
			for b.Loop() {
				if _, _, err := Decode("bench.txt", tc.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkClean(b *testing.B) {
	s := string(benchInput(b))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Analyze(s)
	}
}

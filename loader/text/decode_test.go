package text

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const bg = "Клъстерът „Зелена синергия“ проведе общо събрание в гр. Пловдив на 11 май 2018 г.\r\nЩе има и второ събрание.\n"
	const want = "Клъстерът „Зелена синергия“ проведе общо събрание в гр. Пловдив на 11 май 2018 г.\nЩе има и второ събрание.\n"
	cp1251, _ := charmap.Windows1251.NewEncoder().String(bg)
	koi8, err := charmap.KOI8R.NewEncoder().String(strings.NewReplacer("„", "\"", "“", "\"").Replace(bg))
	if err != nil {
		t.Fatal(err)
	}
	u16le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(bg)
	u16be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().String(bg)
	latin1, _ := charmap.ISO8859_1.NewEncoder().String("Le réseau européen se réunit à Genève.")
	for _, tc := range []struct {
		name    string
		in      []byte
		want    string
		enc     string
		err     error
		errText string
	}{
		{"utf8", []byte(bg), want, EncUTF8, nil, ""},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, bg...), want, EncUTF8BOM, nil, ""},
		{"utf16le", []byte(u16le), want, EncUTF16LE, nil, ""},
		{"utf16be", []byte(u16be), want, EncUTF16BE, nil, ""},
		{"windows-1251", []byte(cp1251), want, EncWin1251, nil, ""},
		{"koi8-r", []byte(koi8), strings.NewReplacer("„", "\"", "“", "\"").Replace(want), EncKOI8R, nil, ""},
		{"lone cr", []byte("а\rб\r\nв"), "а\nб\nв", EncUTF8, nil, ""},
		{"nfc", []byte("и\u0306 е\u0300"), "й ѐ", EncUTF8, nil, ""},
		{"controls dropped", []byte("a\x1b[0mb\u200Bc"), "a[0mb\u200Bc", EncUTF8, nil, ""},
		{"empty", nil, "", "", ErrEmpty, "x.txt: empty file"},
		{"blank", []byte(" \n\t\r\n"), "", "", ErrEmpty, "x.txt: empty file"},
		{"bom only", []byte{0xEF, 0xBB, 0xBF}, "", "", ErrEmpty, "x.txt: empty file"},
		{"nul", []byte("hello\x00world"), "", "", ErrBinary, "x.txt: binary file (NUL byte at offset 5)"},
		{"control soup", []byte(strings.Repeat("ab\x01\x02\x03", 50)), "", "", ErrBinary, "x.txt: binary file (150 control bytes"},
		{"latin-1", []byte(latin1), "", "", ErrEncoding, "x.txt: undecodable text: invalid UTF-8 at byte 4"},
		{"broken utf8", []byte("Клъстер\xd0 и още текст на кирилица"), "", "", ErrEncoding, "invalid UTF-8 at byte 14"},
		{"odd utf16", []byte{0xFF, 0xFE, 0x41, 0x00, 0x42}, "", "", ErrEncoding, "odd number of bytes"},
		{"lone surrogate", []byte{0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00}, "", "", ErrEncoding, "unpaired surrogates"},
		{"bad after bom", []byte{0xEF, 0xBB, 0xBF, 'a', 0xFF}, "", "", ErrEncoding, "after a UTF-8 BOM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode("x.txt", tc.in)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.errText) {
					t.Fatalf("err = %v, want %v containing %q", err, tc.err, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.enc {
				t.Errorf("Decode = %q, %q; want %q, %q", got, enc, tc.want, tc.enc)
			}
		})
	}
}

package text

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Encoding names reported by Decode (and stored in kg.Document.Encoding).
const (
	EncUTF8     = "utf-8"
	EncUTF8BOM  = "utf-8-bom"
	EncUTF16LE  = "utf-16le"
	EncUTF16BE  = "utf-16be"
	EncWin1251  = "windows-1251"
	EncKOI8R    = "koi8-r"
	maxCtrlFrac = 0.05 // share of control bytes above which a file is binary
)

// Errors Decode and Read wrap; test with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file")
	ErrEncoding    = errors.New("undecodable text")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNoText      = errors.New("no text left after removing page chrome")
	ErrTooLarge    = errors.New("file too large")
)

// Decode turns the bytes of the file called name into NFC-normalised text
// with \n line endings. It accepts UTF-8 with or without a BOM, UTF-16 with
// a BOM, and BOM-less windows-1251 or KOI8-R Cyrillic (told apart by which
// reading gives mostly lower-case words, as natural text does). Errors name
// the file and the reason: empty, binary (NUL bytes or too many control
// characters) or undecodable.
func Decode(name string, b []byte) (text string, enc string, err error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	var s string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		body := b[3:]
		if i := invalidUTF8(body); i >= 0 {
			return "", "", fmt.Errorf("%s: %w: invalid UTF-8 at byte %d after a UTF-8 BOM", name, ErrEncoding, i+3)
		}
		s, enc = string(body), EncUTF8BOM
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		var e encoding.Encoding
		if b[0] == 0xFF {
			e, enc = xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), EncUTF16LE
		} else {
			e, enc = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), EncUTF16BE
		}
		if len(b)%2 != 0 {
			return "", "", fmt.Errorf("%s: %w: %s with an odd number of bytes (%d)", name, ErrEncoding, enc, len(b))
		}
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("%s: %w: %s: %w", name, ErrEncoding, enc, err)
		}
		s = string(out)
		if n := strings.Count(s, "\uFFFD"); n > 0 {
			return "", "", fmt.Errorf("%s: %w: %d invalid %s code units (unpaired surrogates)", name, ErrEncoding, n, enc)
		}
		if i := strings.IndexByte(s, 0); i >= 0 {
			return "", "", fmt.Errorf("%s: %w (NUL character in %s text)", name, ErrBinary, enc)
		}
	default:
		if i := bytes.IndexByte(b, 0); i >= 0 {
			return "", "", fmt.Errorf("%s: %w (NUL byte at offset %d)", name, ErrBinary, i)
		}
		if err := controlDensity(b); err != nil {
			return "", "", fmt.Errorf("%s: %w", name, err)
		}
		if i := invalidUTF8(b); i < 0 {
			s, enc = string(b), EncUTF8
		} else {
			cs, ok := detectCyrillic8(b)
			if !ok {
				return "", "", fmt.Errorf("%s: %w: invalid UTF-8 at byte %d and not a Cyrillic 8-bit encoding (windows-1251, KOI8-R)", name, ErrEncoding, i)
			}
			out, err := cs.NewDecoder().Bytes(b)
			if err != nil {
				return "", "", fmt.Errorf("%s: %w: %w", name, ErrEncoding, err)
			}
			s = string(out)
			if cs == charmap.KOI8R {
				enc = EncKOI8R
			} else {
				enc = EncWin1251
			}
		}
	}
	if err := controlDensity([]byte(s)); err != nil {
		return "", "", fmt.Errorf("%s: %w", name, err)
	}
	s = normalize(s)
	if strings.TrimSpace(s) == "" {
		return "", "", fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return s, enc, nil
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence,
// or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlDensity flags binary data that has no NUL bytes: text has almost
// no C0 control characters besides tab, newline, carriage return and form
// feed.
func controlDensity(b []byte) error {
	n := len(b)
	if n > 64<<10 {
		n = 64 << 10 // the head decides; scanning megabytes adds nothing
	}
	ctrl, first := 0, -1
	for i := 0; i < n; i++ {
		c := b[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F {
			if first < 0 {
				first = i
			}
			ctrl++
		}
	}
	if ctrl > 2 && float64(ctrl) > maxCtrlFrac*float64(n) {
		return fmt.Errorf("%w (%d control bytes in the first %d, first at offset %d)", ErrBinary, ctrl, n, first)
	}
	return nil
}

// detectCyrillic8 decides whether invalid UTF-8 is 8-bit Cyrillic. In both
// windows-1251 and KOI8-R the letters sit in 0xC0-0xFF and Cyrillic words
// are runs of such bytes; Latin-1 text instead has isolated high bytes
// inside ASCII words, and damaged UTF-8 alternates lead and continuation
// bytes. The two code pages swap the cases (windows-1251 has lower case in
// 0xE0-0xFF, KOI8-R in 0xC0-0xDF), so the reading that yields more
// lower-case letters wins, as natural text has far more of them.
func detectCyrillic8(b []byte) (*charmap.Charmap, bool) {
	high, upperHalf, lowerHalf, paired := 0, 0, 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		high++
		if c < 0xC0 {
			continue
		}
		if c >= 0xE0 {
			upperHalf++
		} else {
			lowerHalf++
		}
		if (i > 0 && b[i-1] >= 0xC0) || (i+1 < len(b) && b[i+1] >= 0xC0) {
			paired++
		}
	}
	letters := upperHalf + lowerHalf
	if high == 0 || letters*10 < high*7 || paired*10 < letters*8 {
		return nil, false
	}
	if upperHalf >= lowerHalf {
		return charmap.Windows1251, true
	}
	return charmap.KOI8R, true
}

// normalize makes line endings \n, drops stray BOMs and control characters
// other than tab and newline, and applies NFC, so that equal-looking texts
// have equal offsets.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r' || r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			return '\n'
		case r == '\t' || r == '\n':
			return r
		case r == '\uFEFF' || r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			return -1
		case r == utf8.RuneError:
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

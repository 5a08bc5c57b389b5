package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestWriteText(t *testing.T) {
	_, g := extractTexts(t, "2019-10-01", "На 8 октомври в гр. Русе Клъстер „Дунав Транс“ организира форум „Реки и пристанища“.")
	var b strings.Builder
	if err := WriteText(&b, g); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Дунав Транс", "Реки и пристанища", "Русе", "-[ORGANIZED (role=organizer)]->", "start=2019-10-08", "latin=dunav trans"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTextError(t *testing.T) {
	_, g := extractTexts(t, "", "Клъстер „Север“ участва.")
	if err := WriteText(failWriter{}, g); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v, want the writer's error", err)
	}
}

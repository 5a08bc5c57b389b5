package text

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// TestReadTestdata runs Read over the hand-written inputs in testdata/,
// which imitate other sites, encodings and formats than the seeds.
func TestReadTestdata(t *testing.T) {
	docs, errs := Read(context.Background(), []string{"testdata"})
	wantErrs := []struct {
		err  error
		text string
	}{
		{ErrBinary, "testdata/binary.txt: binary file (NUL byte at offset 5)"},
		{nil, "testdata/corpus.jsonl:4: invalid JSON"},
		{nil, "testdata/corpus.jsonl:5: field text is missing or empty"},
		{nil, `testdata/corpus.jsonl:6: duplicate id "news-2021-001" (first on line 1)`},
		{ErrEmpty, "testdata/empty.txt: empty file"},
		{ErrEncoding, "testdata/latin1.txt: undecodable text"},
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("got %d errors, want %d: %v", len(errs), len(wantErrs), errs)
	}
	for i, w := range wantErrs {
		if i >= len(errs) {
			break
		}
		if !strings.HasPrefix(errs[i].Error(), w.text) || (w.err != nil && !errors.Is(errs[i], w.err)) {
			t.Errorf("error %d = %v, want %q", i, errs[i], w.text)
		}
	}
	type want struct {
		enc, title, published, hint string
		keep, gone                  []string
	}
	wants := map[string]want{
		"testdata/article.md": {enc: EncUTF8, title: "ICT Cluster Plovdiv joins the Digital Innovation Hub network", published: "2023-06-14",
			keep: []string{"The ICT Cluster Plovdiv has become a member of the European Digital Innovation Hubs network, the cluster", "• Software AG Bulgaria", `said the cluster manager Ivan Georgiev.`, "held in Plovdiv."},
			gone: []string{"**", "](", "#", "title:", "IMG_", "Share this", "Twitter", "Like this", "Related", "Cluster meeting in Sofia", "Свързани"}},
		"news-2021-001": {enc: EncUTF8, title: "Клъстер по мехатроника откри офис в Габрово", published: "2021-04-02",
			keep: []string{"На 1 април клъстерът откри нов офис"}, gone: []string{"123", "Оставете"}},
		"testdata/corpus.jsonl#2": {enc: EncUTF8, title: "Без идентификатор", published: "2020-05-05", keep: []string{"Текст без поле id"}},
		"42":                      {enc: EncUTF8, title: "Числов идентификатор.", keep: []string{"освен 3 юни."}},
		"testdata/english_blog.txt": {enc: EncUTF8, title: "Danube Cluster Network holds its annual conference in Vienna", published: "2021-03-03",
			keep: []string{"on 24 and 25 February 2021 in Vienna, Austria.", "Bulgarian Association of Business Clusters (ABC)."},
			gone: []string{"Skip to content", "Menu", "Deutsch", "Maria Huber", "DSC01234", "Leave a Reply", "Your email", "Previous post", "Next post", "Powered by"}},
		"testdata/joomla_cp1251.txt": {enc: EncWin1251, title: "Машиностроителен клъстер „Север“ подписа споразумение с румънски партньори", published: "2021-03-03",
			keep: []string{"На 1 март 2021 г. в гр. Русе Машиностроителен клъстер „Север“ (МКС)", "инж. Георги Димитров", "Interreg V-A Румъния – България."},
			gone: []string{"Начало", "БГ | EN", "Прегледи", "Последна промяна", "Назад", "Вижте още", "панаира", "Обучение по дигитален", "Copyright", "\r"}},
		"testdata/joomla.html": {enc: EncWin1251, title: "Клъстерът представи резултатите по проекта FoodInno", published: "2020-10-12",
			keep: []string{"На 8 октомври 2020 г. в Пловдив Клъстер „Хранителни технологии“ представи резултатите по проекта FoodInno, финансиран по програма Interreg Balkan-Mediterranean 2014-2020.",
				"Водещ партньор по проекта е Аграрният университет – Пловдив", "д-р Елена Стоянова."},
			gone: []string{"Лого", "Начало", "За нас", "БГ", "Печат", "Последно", "Назад", "Напред", "Copyright", "Joomla", "foodinno_", "\r"}},
		"testdata/koi8r.txt": {enc: EncKOI8R, title: "Текстилен клъстер проведе годишно събрание", hint: "2017-11-20",
			keep: []string{"На 20 ноември 2017 г. в гр. Сливен"}},
		"testdata/listing_showall.txt": {enc: EncUTF8, title: "Общината и клъстерът по туризъм обсъдиха общ календар на събитията", hint: "2021-09-22",
			keep: []string{"На 14 октомври кметът на Балчик", "Стела Иванова"},
			gone: []string{"ЛОГО", "меморандум", "Обучение за дигитален", "Виж всички", "\n7\n"}},
		"testdata/listing_top.txt": {enc: EncUTF8, title: "Иновационен клъстер „Зелена енергия“ представи нова платформа в Бургас",
			keep: []string{"На 19 май 2022 г. в Бургас", "Петър Николов."},
			gone: []string{"Последни новини", "Сливен", "батерии", "Годишно общо", "Виж всички", "Сподели", "Tweet", "245"}},
		"testdata/repeat_title.txt": {enc: EncUTF8, title: "Клъстер „Аграрни иновации“ стартира проект по програма „Хоризонт Европа“", published: "2023-03-06",
			keep: []string{"е партньор в консорциума на проекта SoilSense", "на 22 март в Пловдив."},
			gone: []string{"КЛЪСТЕР", "ВИЖ ОЩЕ", "Стара Загора", "трима нови", "Покажи", "IMG_", "Тагове", "Сподели"}},
		"testdata/utf16be.txt": {enc: EncUTF16BE, title: "Клъстер „Дървообработване“ организира обучение", published: "2018-02-16", keep: []string{"На 14 февруари в София"}},
		"testdata/utf16le.txt": {enc: EncUTF16LE, title: "Клъстер „Дървообработване“ организира обучение", published: "2018-02-16", keep: []string{"На 14 февруари в София"}},
		"testdata/wordpress.html": {enc: EncUTF8, title: "Клъстер „Мехатроника и автоматизация“ домакин на среща в Габрово", published: "2019-10-08",
			keep: []string{"На 4 октомври в гр. Габрово Клъстер „Мехатроника и автоматизация“ (КМА) посрещна",
				"представи проекта „Дигитални умения за индустрията“, финансиран по програма Interreg Danube.",
				"• Технически университет – Габрово, България\n• Clusterland Oberösterreich от Австрия – водещ партньор",
				"Следващата среща ще се проведе на 15 ноември в Русе."},
			gone: []string{"dataLayer", "font-size", "Прескочи", "Начало", "Контакти", "Етикети", "Публикувано в", "Сподели", "Facebook",
				"Свързани", "Нова клъстерна стратегия", "Оставете", "Последни публикации", "Друга новина", "©", "бисквитки", "<"}},
	}
	got := map[string]bool{}
	for _, d := range docs {
		got[d.ID] = true
		w, ok := wants[d.ID]
		if !ok {
			t.Errorf("unexpected document %q (%s)", d.ID, d.Path)
			continue
		}
		pub := ""
		if d.Published != nil {
			pub = *d.Published
		}
		if d.Encoding != w.enc || d.Title != w.title || pub != w.published {
			t.Errorf("%s: enc %q title %q published %q; want %q %q %q", d.ID, d.Encoding, d.Title, pub, w.enc, w.title, w.published)
		}
		if w.hint != "" && d.DateHint != w.hint {
			t.Errorf("%s: hint %q, want %q", d.ID, d.DateHint, w.hint)
		}
		if pub != "" && d.DateHint != pub {
			t.Errorf("%s: hint %q, want the publication date %q", d.ID, d.DateHint, pub)
		}
		for _, k := range w.keep {
			if !strings.Contains(d.Text, k) {
				t.Errorf("%s: lost %q in\n%s", d.ID, k, d.Text)
			}
		}
		for _, g := range w.gone {
			if strings.Contains(d.Text, g) {
				t.Errorf("%s: kept %q in\n%s", d.ID, g, d.Text)
			}
		}
		if d.Hash != hashText(d.Text) {
			t.Errorf("%s: hash mismatch", d.ID)
		}
	}
	for id := range wants {
		if !got[id] {
			t.Errorf("missing document %q", id)
		}
	}
	// Docs come in sorted path order.
	for i := 1; i < len(docs); i++ {
		if docs[i].Path < docs[i-1].Path {
			t.Errorf("order: %s before %s", docs[i-1].Path, docs[i].Path)
		}
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll("corpus/sub", 0o755))
	must(os.MkdirAll("corpus/.git", 0o755))
	must(os.WriteFile("corpus/a.txt", []byte("Заглавие А\n\nТекст А."), 0o644))
	must(os.WriteFile("corpus/sub/b.md", []byte("# Заглавие Б\n\nТекст **Б**."), 0o644))
	must(os.WriteFile("corpus/sub/c.csv", []byte("x,y"), 0o644))
	must(os.WriteFile("corpus/.git/d.txt", []byte("hidden"), 0o644))
	must(os.WriteFile("corpus/e.HTM", []byte("<p>Заглавие Е</p><p>Текст Е.</p>"), 0o644))

	ids := func(paths ...string) ([]string, []error) {
		docs, errs := Read(context.Background(), paths)
		var out []string
		for _, d := range docs {
			out = append(out, d.ID)
		}
		return out, errs
	}
	want := "corpus/a.txt corpus/e.HTM corpus/sub/b.md"
	for _, args := range [][]string{{"corpus"}, {"./corpus/"}, {filepath.Join(dir, "corpus")}, {"corpus", "corpus/a.txt"}} {
		got, errs := ids(args...)
		if strings.Join(got, " ") != want || len(errs) != 0 {
			t.Errorf("Read(%q) = %q, %v; want %q", args, got, errs, want)
		}
	}
	// An explicit unsupported or missing file is an error; the rest goes on.
	got, errs := ids("corpus/sub/c.csv", "nope.txt", "corpus/a.txt")
	if strings.Join(got, " ") != "corpus/a.txt" || len(errs) != 2 ||
		!errors.Is(errs[0], ErrUnsupported) || !strings.HasPrefix(errs[0].Error(), "corpus/sub/c.csv: ") ||
		!errors.Is(errs[1], os.ErrNotExist) || !strings.HasPrefix(errs[1].Error(), "nope.txt: ") {
		t.Errorf("got %q, %v", got, errs)
	}
	// A changed text keeps its id but changes its hash.
	d1, _ := Read(context.Background(), []string{"corpus/a.txt"})
	must(os.WriteFile("corpus/a.txt", []byte("Заглавие А\n\nДруг текст."), 0o644))
	d2, _ := Read(context.Background(), []string{"corpus/a.txt"})
	if d1[0].ID != d2[0].ID || d1[0].Hash == d2[0].Hash {
		t.Errorf("ids %q %q hashes %q %q", d1[0].ID, d2[0].ID, d1[0].Hash, d2[0].Hash)
	}
	// Cancellation stops the walk with the context's error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs, errs := Read(ctx, []string{"corpus"})
	if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("cancelled Read = %d docs, %v", len(docs), errs)
	}
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Заглавие #", "Заглавие"},
		{"Заглавие\n=======", "Заглавие"},
		{"Текст с **удебелен**, *наклонен*, __също__ и _още_ шрифт.", "Текст с удебелен, наклонен, също и още шрифт."},
		{"Вижте [сайта на клъстера](https://example.org \"t\") и <https://x.bg>.", "Вижте сайта на клъстера и https://x.bg."},
		{"![снимка](a.jpg)Текст", "Текст"},
		{"> цитат\n> продължение", "цитат\nпродължение"},
		{"- едно\n* две\n+ три\n1. четири", "• едно\n• две\n• три\n1. четири"},
		{"[1]: https://example.org\nТекст [препратка][1].", "Текст препратка."},
		{"```\nкод *без* промени\n```", "код *без* промени"},
		{"| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n1 | 2"},
		{"snake_case_name и 15241193_179128_n остават", "snake_case_name и 15241193_179128_n остават"},
		{"\\*не е наклонен\\*", "*не е наклонен*"},
		{"Текст<br>с таг", "Текстс таг"},
	} {
		got, _ := stripMarkdown(tc.in)
		if strings.TrimSpace(got) != tc.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	_, meta := stripMarkdown("---\ntitle: \"Заглавие\"\ndate: 2023-06-14\nurl: https://x.bg/a\n---\nТекст")
	if meta.title != "Заглавие" || meta.published != "2023-06-14" || meta.url != "https://x.bg/a" {
		t.Errorf("front matter = %+v", meta)
	}
}

func TestHTML(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"blocks and inline", "<div>Ред <b>едно</b></div><div>Ред две<br>и три</div>", "Ред едно\nРед две\nи три"},
		{"dropped elements", "<nav>Меню</nav><script>x()</script><style>p{}</style><p>Текст</p><footer>Футър</footer>", "Текст"},
		{"page header dropped, article header kept", "<header>Сайт</header><article><header><h1>Заглавие</h1></header><p>Текст</p></article>", "Заглавие\n\nТекст"},
		{"main wins over body", "<div>Страничен текст</div><main><p>Основен текст</p></main>", "Основен текст"},
		{"h1 outside the article", "<h1>Заглавие</h1><article><p>Текст</p></article>", "Заглавие\n\nТекст"},
		{"hidden", "<p hidden>скрит</p><p style=\"display: none\">скрит</p><p aria-hidden=\"true\">скрит</p><p>видим</p>", "видим"},
		{"entities and whitespace", "<p>А&nbsp;&amp;   Б\n  В</p>", "А & Б В"},
		{"lists", "<ul><li>едно</li><li>две</li></ul>", "• едно\n• две"},
		{"table", "<table><tr><td>а</td><td>б</td></tr><tr><td>в</td><td>г</td></tr></table>", "а б\nв г"},
		{"pre", "<pre>ред  1\nред  2</pre>", "ред 1\nред 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _, _, err := htmlText(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := Clean(s); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	_, meta, h1, _ := htmlText(`<html><head><title>Сайт | Новина</title><meta name="pubdate" content="2020-01-02"></head><body><h1> Новина </h1></body></html>`)
	if meta.title != "Сайт | Новина" || meta.published != "2020-01-02" || h1 != "Новина" {
		t.Errorf("meta %+v h1 %q", meta, h1)
	}
}

func TestJSONL(t *testing.T) {
	t.Chdir(t.TempDir())
	long := strings.Repeat("Клъстерът проведе среща с партньорите си. ", 5000) // > the 64 KiB read buffer
	cp, _ := charmap.Windows1251.NewEncoder().String(`{"id":"cp","text":"Текст на windows-1251."}`)
	u16, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String("{\"id\":\"u\",\"text\":\"Текст в UTF-16.\"}\n")
	files := map[string]string{
		"a.jsonl": "\uFEFF" + `{"id":"long","title":"Дълъг","published":"2021-03-03T10:00:00Z","text":"` + long + `"}` + "\r\n" +
			cp + "\n\n" + `{"id":"nul","text":"a` + "\x01\x02\x03\x04" + `"}` + "\n" + `{"text":"без id"}`,
		"b.jsonl": u16,
		"c.jsonl": "\n\n",
	}
	for name, body := range files {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := Read(context.Background(), []string{"a.jsonl", "b.jsonl", "c.jsonl"})
	var got []string
	for _, d := range docs {
		pub := ""
		if d.Published != nil {
			pub = *d.Published
		}
		got = append(got, d.ID+"|"+d.Encoding+"|"+pub+"|"+d.Title)
	}
	want := []string{"long|utf-8|2021-03-03|Дълъг", "cp|windows-1251||Текст на windows-1251.", "a.jsonl#5|utf-8||без id", "u|utf-16le||Текст в UTF-16."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("docs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(docs) > 0 && !strings.HasSuffix(docs[0].Text, "Клъстерът проведе среща с партньорите си.") {
		t.Errorf("long text cut: %d runes", len([]rune(docs[0].Text)))
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), "a.jsonl:4: binary file") || !errors.Is(errs[1], ErrEmpty) {
		t.Errorf("errs = %v", errs)
	}
}

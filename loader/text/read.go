package text

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// MaxFileSize bounds what Read loads; bigger files are reported, not read.
const MaxFileSize = 64 << 20

// Document is the extracted-graph document; Read fills DateHint too.
type Document = kg.Document

// formats maps the file extensions Read understands to a format name.
var formats = map[string]string{
	".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}

// Read loads every supported file under paths (files, or directories
// walked recursively; names starting with "." are skipped), in sorted
// order. A file that fails is reported in errs and skipped; the others go
// on. Files of other types inside a directory are skipped silently, but
// named explicitly they are an error.
//
// Document IDs derive from the path, not the content, so an edited text
// keeps its id: the slash-separated, cleaned path ("./seeds/" and "seeds"
// give "seeds/000_x.txt"; an absolute path under the working directory is
// made relative to it). JSON Lines documents use their "id" field, or
// "path#line" without one. Path is the cleaned path as given.
func Read(ctx context.Context, paths []string) (docs []Document, errs []error) {
	files, errs := collect(paths)
	// Files are independent: decode and clean them on every core, then
	// combine them in path order, so the result does not depend on timing.
	type result struct {
		docs []Document
		errs []error
	}
	results := make([]result, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				ds, ferrs := readFile(files[i])
				results[i] = result{ds, ferrs}
			}
		}()
	}
	wg.Wait()
	seen := map[string]string{}
	for i := range files {
		if err := ctx.Err(); err != nil {
			errs = append(errs, fmt.Errorf("read: %w", err))
			return docs, errs
		}
		ds, ferrs := results[i].docs, results[i].errs
		for _, e := range ferrs {
			errs = append(errs, &FileError{Path: files[i].path, Err: e})
		}
		for _, d := range ds {
			if prev, dup := seen[d.ID]; dup {
				errs = append(errs, fmt.Errorf("%s: duplicate document id %q (already used by %s)", d.Path, d.ID, prev))
				continue
			}
			seen[d.ID] = d.Path
			docs = append(docs, d)
		}
	}
	return docs, errs
}

// FileError is a failure of an input file that exists: it could not be
// read, decoded or parsed (in whole or in part). The message is the
// wrapped error's, which names the file already; Path lets a load keep
// what the file gave before instead of pruning it.
type FileError struct {
	Path string // as in Document.Path
	Err  error
}

func (e *FileError) Error() string { return e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// FailedPaths returns the paths of the files among errs (FileError, also
// wrapped) that exist but failed, sorted and without duplicates.
func FailedPaths(errs []error) []string {
	seen := map[string]bool{}
	var out []string
	for _, err := range errs {
		var fe *FileError
		if errors.As(err, &fe) && !seen[fe.Path] {
			seen[fe.Path] = true
			out = append(out, fe.Path)
		}
	}
	sort.Strings(out)
	return out
}

type file struct {
	path string // as given, cleaned, slash-separated
	id   string // the id stem
}

// collect expands paths into a sorted, duplicate-free list of files.
func collect(paths []string) ([]file, []error) {
	var errs []error
	byPath := map[string]file{}
	cwd, _ := os.Getwd()
	add := func(p string) {
		clean := filepath.Clean(p)
		id := clean
		if filepath.IsAbs(clean) && cwd != "" {
			if rel, err := filepath.Rel(cwd, clean); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				id = rel
			}
		}
		byPath[clean] = file{path: filepath.ToSlash(clean), id: filepath.ToSlash(id)}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.ToSlash(p), unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			if _, ok := formats[strings.ToLower(filepath.Ext(p))]; !ok {
				errs = append(errs, fmt.Errorf("%s: %w (%q; want .txt, .md, .html, .htm or .jsonl)", filepath.ToSlash(p), ErrUnsupported, filepath.Ext(p)))
				continue
			}
			add(p)
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", filepath.ToSlash(q), unwrapPathError(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if q != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if _, ok := formats[strings.ToLower(filepath.Ext(name))]; ok {
				add(q)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.ToSlash(p), err))
		}
	}
	files := make([]file, 0, len(byPath))
	for _, f := range byPath {
		files = append(files, f)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	return files, errs
}

// unwrapPathError keeps the reason of an *fs.PathError, since the caller
// already names the path.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// readFile reads, decodes and converts one file into documents.
func readFile(f file) ([]Document, []error) {
	fail := func(err error) ([]Document, []error) { return nil, []error{err} }
	st, err := os.Stat(f.path)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", f.path, unwrapPathError(err)))
	}
	format := formats[strings.ToLower(filepath.Ext(f.path))]
	if format == "jsonl" {
		return streamJSONL(f)
	}
	if st.Size() > MaxFileSize {
		return fail(fmt.Errorf("%s: %w (%d bytes, limit %d)", f.path, ErrTooLarge, st.Size(), MaxFileSize))
	}
	b, err := os.ReadFile(f.path)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", f.path, unwrapPathError(err)))
	}
	s, enc, err := Decode(f.path, b)
	if err != nil {
		return fail(err)
	}
	d, err := convert(f.path, format, s)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", f.path, err))
	}
	d.ID, d.Path, d.Encoding = f.id, f.path, enc
	return []Document{d}, nil
}

// Convert turns decoded text of a format ("text", "markdown", "html") into
// a Document with Text, Title, Published, Hash and DateHint set; the
// caller sets ID, Path and Encoding. Metadata the format declares (front
// matter, <meta> tags) fills Title and Published when the text has none.
func Convert(format, s string) (Document, error) { return convert("", format, s) }

func convert(where, format, s string) (Document, error) {
	var meta docMeta
	h1 := ""
	switch format {
	case "text":
	case "markdown":
		s, meta = stripMarkdown(s)
	case "html":
		var err error
		s, meta, h1, err = htmlText(s)
		if err != nil {
			return Document{}, fmt.Errorf("parse html: %w", err)
		}
	default:
		return Document{}, fmt.Errorf("%w: format %q", ErrUnsupported, format)
	}
	return build(where, s, meta, h1, format == "markdown")
}

// build cleans s and fills a Document, letting declared metadata stand in
// for what the text does not show: an HTML <h1> that survives clean-up is
// the title; a markdown front-matter title wins over the first line, while
// an HTML <title> (which tends to carry the site name) only fills a gap. A
// declared publication date wins over a dateline in the text.
func build(where, s string, meta docMeta, h1 string, metaTitleWins bool) (Document, error) {
	p := Analyze(s)
	if strings.TrimSpace(p.Text) == "" {
		return Document{}, ErrNoText
	}
	d := Document{DateHint: p.DateHint}
	d.Text, d.Title, d.Published, d.URL = p.Text, p.Title, p.Published, meta.url
	mt := strings.Join(strings.Fields(meta.title), " ")
	switch {
	case h1 != "" && containsLine(p.Text, h1):
		d.Title = h1
	case mt != "" && (metaTitleWins || d.Title == ""):
		d.Title = mt
	}
	if meta.published != "" {
		if iso, ok := parsePublished(meta.published); ok {
			d.Published, d.DateHint = &iso, iso
		} else {
			slog.Warn("ignoring unparsable publication date", "file", where, "value", meta.published)
		}
	}
	d.Hash = hashText(d.Text)
	return d, nil
}

func containsLine(text, l string) bool {
	for _, x := range strings.Split(text, "\n") {
		if x == l {
			return true
		}
	}
	return false
}

// parsePublished reads a declared date: ISO date or timestamp, or any full
// date ParseDate accepts.
func parsePublished(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			if _, ok := mkDate(t.Year(), t.Month(), t.Day()); ok {
				return ISO(t), true
			}
		}
	}
	if t, ok := ParseDate(v); ok {
		return ISO(t), true
	}
	return "", false
}

func hashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// jsonlRecord is one line of a JSON Lines corpus.
type jsonlRecord struct {
	ID        any    `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// streamJSONL reads a JSON Lines file one line at a time, so corpora far
// larger than MaxFileSize work; each line is decoded on its own (only
// MaxFileSize bounds a line). A UTF-16 file cannot be split on bytes and is
// decoded whole instead.
func streamJSONL(f file) ([]Document, []error) {
	fail := func(err error) ([]Document, []error) { return nil, []error{err} }
	fh, err := os.Open(f.path)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", f.path, unwrapPathError(err)))
	}
	defer fh.Close()
	br := bufio.NewReaderSize(fh, 1<<16)
	head, _ := br.Peek(8 << 10)
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		b, err := io.ReadAll(io.LimitReader(br, MaxFileSize+1))
		if err != nil {
			return fail(fmt.Errorf("%s: %w", f.path, err))
		}
		if len(b) > MaxFileSize {
			return fail(fmt.Errorf("%s: %w (UTF-16 JSON Lines over %d bytes)", f.path, ErrTooLarge, MaxFileSize))
		}
		s, enc, err := Decode(f.path, b)
		if err != nil {
			return fail(err)
		}
		j := newJSONL(f)
		for i, l := range strings.Split(s, "\n") {
			j.line(i+1, l, enc)
		}
		return j.docs, j.errs
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fail(fmt.Errorf("%s: %w (NUL byte at offset %d)", f.path, ErrBinary, i))
	}
	j := newJSONL(f)
	for n := 1; ; n++ {
		raw, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A long line: gather it, within the size bound.
			buf := append([]byte(nil), raw...)
			for errors.Is(err, bufio.ErrBufferFull) && len(buf) <= MaxFileSize {
				raw, err = br.ReadSlice('\n')
				buf = append(buf, raw...)
			}
			if len(buf) > MaxFileSize {
				j.errs = append(j.errs, fmt.Errorf("%s:%d: %w (line over %d bytes)", f.path, n, ErrTooLarge, MaxFileSize))
				for errors.Is(err, bufio.ErrBufferFull) {
					_, err = br.ReadSlice('\n')
				}
				if err != nil {
					break
				}
				continue
			}
			raw = buf
		}
		if n == 1 {
			raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
		}
		if len(bytes.TrimSpace(raw)) > 0 {
			where := f.path + ":" + strconv.Itoa(n)
			if s, enc, derr := Decode(where, raw); derr != nil {
				j.errs = append(j.errs, derr)
			} else {
				j.line(n, s, enc)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			j.errs = append(j.errs, fmt.Errorf("%s:%d: %w", f.path, n, err))
			break
		}
	}
	if len(j.docs) == 0 && len(j.errs) == 0 {
		return fail(fmt.Errorf("%s: %w", f.path, ErrEmpty))
	}
	return j.docs, j.errs
}

// jsonl collects the documents of one JSON Lines file.
type jsonl struct {
	f      file
	docs   []Document
	errs   []error
	lineOf map[string]int
}

func newJSONL(f file) *jsonl { return &jsonl{f: f, lineOf: map[string]int{}} }

// line reads one line of JSON Lines (already decoded); a bad line is an
// error naming file:line and the others go on. The text is cleaned like a
// .txt file; the record's title and published win over the text's.
func (j *jsonl) line(n int, raw, enc string) {
	if strings.TrimSpace(raw) == "" {
		return
	}
	where := j.f.path + ":" + strconv.Itoa(n)
	fail := func(err error) { j.errs = append(j.errs, fmt.Errorf("%s: %w", where, err)) }
	var r jsonlRecord
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&r); err != nil {
		fail(fmt.Errorf("invalid JSON: %w", err))
		return
	}
	if dec.More() {
		fail(errors.New("invalid JSON: more than one value on the line"))
		return
	}
	id, err := jsonlID(r.ID)
	if err != nil {
		fail(err)
		return
	}
	if id == "" {
		id = j.f.id + "#" + strconv.Itoa(n)
	}
	if prev, dup := j.lineOf[id]; dup {
		fail(fmt.Errorf("duplicate id %q (first on line %d)", id, prev))
		return
	}
	if strings.TrimSpace(r.Text) == "" {
		fail(errors.New("field text is missing or empty"))
		return
	}
	meta := docMeta{title: normalize(r.Title), url: strings.TrimSpace(r.URL), published: r.Published}
	d, err := build(where, normalize(r.Text), meta, "", true)
	if err != nil {
		fail(err)
		return
	}
	d.ID, d.Path, d.Encoding = id, j.f.path, enc
	j.lineOf[id] = n
	j.docs = append(j.docs, d)
}

func jsonlID(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return strings.TrimSpace(x), nil
	case json.Number:
		return x.String(), nil
	default:
		return "", fmt.Errorf("field id: want a string or number, got %T", v)
	}
}

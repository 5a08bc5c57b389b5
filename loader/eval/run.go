package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// The named gold sets, relative to the repository root: where the texts
// are and where the gold files are.
var sets = map[string]struct{ texts, gold string }{
	"seeds":   {texts: "seeds", gold: "loader/testdata/seeds"},
	"heldout": {texts: "loader/testdata/heldout", gold: "loader/testdata/heldout"},
}

// SetNames lists the named sets Run accepts.
func SetNames() []string { return []string{"seeds", "heldout"} }

// SetDirs returns the text and gold directories of a named set ("seeds" or
// "heldout"), found from the repository root above the working directory.
func SetDirs(set string) (texts, gold string, err error) {
	s, ok := sets[set]
	if !ok {
		return "", "", fmt.Errorf("unknown gold set %q (want one of %s)", set, strings.Join(SetNames(), ", "))
	}
	root, err := RepoRoot()
	if err != nil {
		return "", "", err
	}
	return filepath.Join(root, s.texts), filepath.Join(root, s.gold), nil
}

// RepoRoot walks up from the working directory to the directory whose
// go.mod declares this module.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find repository root: %w", err)
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/clustergraph/clustergraph")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find repository root: no go.mod of github.com/clustergraph/clustergraph above the working directory")
		}
		dir = parent
	}
}

// Run extracts the texts of a named set with ex and scores the graph
// against the set's gold files.
func Run(ctx context.Context, ex kg.Extractor, set string) (Report, error) {
	texts, gold, err := SetDirs(set)
	if err != nil {
		return Report{}, err
	}
	return RunDirs(ctx, ex, texts, gold)
}

// RunDirs is Run with explicit directories: every gold file in goldDir
// names a text in textDir, which is read, decoded and handed to ex in one
// batch.
func RunDirs(ctx context.Context, ex kg.Extractor, textDir, goldDir string) (Report, error) {
	golds, err := LoadGold(goldDir)
	if err != nil {
		return Report{}, err
	}
	docs, err := ReadTexts(textDir, golds)
	if err != nil {
		return Report{}, err
	}
	g, err := ex.Extract(ctx, docs)
	if err != nil {
		return Report{}, fmt.Errorf("extract %d documents of %s with %s: %w", len(docs), textDir, ex.Info().Name, err)
	}
	return Score(golds, g), nil
}

// ReadTexts reads the text each gold file annotates from dir and returns
// them as documents (id = file name without extension, path relative to
// the repository root when possible).
func ReadTexts(dir string, golds []Gold) ([]kg.Document, error) {
	root, _ := RepoRoot()
	var docs []kg.Document
	var errs []error
	for _, g := range golds {
		p := filepath.Join(dir, g.Document)
		text, enc, err := ReadText(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rel := p
		if root != "" {
			if r, err := filepath.Rel(root, p); err == nil && !strings.HasPrefix(r, "..") {
				rel = r
			}
		}
		docs = append(docs, kg.Document{
			ID:       docKey(g.Document),
			Path:     filepath.ToSlash(rel),
			Encoding: enc,
			Text:     text,
		})
	}
	return docs, errors.Join(errs...)
}

// ReadText reads a text file that is UTF-8 (with or without BOM) or, when
// it is not valid UTF-8, windows-1251. It returns the text and the name of
// the encoding it was decoded from.
func ReadText(path string) (string, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", "", fmt.Errorf("read text: %w", err)
	}
	if len(b) == 0 {
		return "", "", fmt.Errorf("text %s is empty", path)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "", fmt.Errorf("text %s holds NUL bytes: binary or UTF-16, not supported here", path)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), "utf-8", nil
	}
	out, err := charmap.Windows1251.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("text %s: neither UTF-8 nor windows-1251: %w", path, err)
	}
	return string(out), "windows-1251", nil
}

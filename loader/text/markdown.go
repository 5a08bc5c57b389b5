package text

import (
	"regexp"
	"strings"
)

// docMeta is metadata a format carries besides its text (markdown front
// matter, HTML <title>/<meta>, JSONL fields). Empty fields are unknown.
type docMeta struct {
	title     string
	published string // as written; parsed by the caller
	url       string
}

var (
	reMDHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}(\s+|$)`)
	reMDHeadClose = regexp.MustCompile(`\s+#+\s*$`)
	reMDSetext    = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	reMDRule      = regexp.MustCompile(`^\s{0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$`)
	reMDQuote     = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	reMDList      = regexp.MustCompile(`^\s*[-*+]\s+`)
	reMDRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	reMDFence     = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	reMDTableSep  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	reMDImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	reMDLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	reMDRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	reMDAutolink  = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]+)>`)
	reMDTag       = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`)
	reMDStrong    = regexp.MustCompile(`\*\*([^*\n]+?)\*\*|__([^_\n]+?)__`)
	reMDEmStar    = regexp.MustCompile(`\*([^*\s][^*\n]*?)\*`)
	reMDEmUnder   = regexp.MustCompile(`(^|[^\pL\pN_])_([^_\s][^_\n]*?)_([^\pL\pN_]|$)`)
	reMDStrike    = regexp.MustCompile(`~~([^~\n]+)~~`)
	reMDCode      = regexp.MustCompile("`+([^`\n]+?)`+")
	reMDEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
)

// stripMarkdown removes markdown syntax lightly: heading markers, emphasis,
// link targets, images, code fences, quotes and front matter. Front matter
// title/date are returned as metadata.
func stripMarkdown(s string) (string, docMeta) {
	var meta docMeta
	s, meta = frontMatter(s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	inFence := false
	for i, l := range lines {
		if reMDFence.MatchString(l) {
			inFence = !inFence
			continue
		}
		if inFence {
			out = append(out, l)
			continue
		}
		switch {
		case reMDRefDef.MatchString(l), reMDTableSep.MatchString(l) && strings.Contains(l, "|"):
			continue
		case reMDRule.MatchString(l):
			out = append(out, "")
			continue
		case reMDSetext.MatchString(l) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			continue // underline of the previous line's heading
		}
		l = reMDQuote.ReplaceAllString(l, "")
		if reMDHeading.MatchString(l) {
			l = reMDHeading.ReplaceAllString(l, "")
			l = reMDHeadClose.ReplaceAllString(l, "")
		}
		l = reMDList.ReplaceAllString(l, "• ")
		if strings.HasPrefix(strings.TrimSpace(l), "|") {
			l = strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "|"))
		}
		out = append(out, inlineMarkdown(l))
	}
	return strings.Join(out, "\n"), meta
}

// Escaped punctuation is parked in the private use area while emphasis
// and links are stripped, then restored.
const escBase = 0xF000

func inlineMarkdown(l string) string {
	l = reMDEscape.ReplaceAllStringFunc(l, func(m string) string { return string(rune(escBase + int(m[1]))) })
	l = reMDImage.ReplaceAllString(l, "")
	l = reMDLink.ReplaceAllString(l, "$1")
	l = reMDRefLink.ReplaceAllString(l, "$1")
	l = reMDAutolink.ReplaceAllString(l, "$1")
	l = reMDTag.ReplaceAllString(l, "")
	l = reMDCode.ReplaceAllString(l, "$1")
	l = reMDStrong.ReplaceAllString(l, "$1$2")
	l = reMDEmStar.ReplaceAllString(l, "$1")
	l = reMDEmUnder.ReplaceAllString(l, "$1$2$3")
	l = reMDStrike.ReplaceAllString(l, "$1")
	return strings.Map(func(r rune) rune {
		if r >= escBase && r < escBase+0x80 {
			return r - escBase
		}
		return r
	}, l)
}

// frontMatter strips a leading YAML (---) or TOML (+++) block and reads its
// title and date keys.
func frontMatter(s string) (string, docMeta) {
	var meta docMeta
	for _, fence := range []string{"---", "+++"} {
		if !strings.HasPrefix(s, fence+"\n") {
			continue
		}
		rest := s[len(fence)+1:]
		end := strings.Index(rest, "\n"+fence)
		if end < 0 {
			return s, meta
		}
		block := rest[:end]
		after := rest[end+1+len(fence):]
		if i := strings.IndexByte(after, '\n'); i >= 0 {
			after = after[i+1:]
		} else {
			after = ""
		}
		for _, l := range strings.Split(block, "\n") {
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				k, v, ok = strings.Cut(l, "=")
			}
			if !ok {
				continue
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.Trim(strings.TrimSpace(v), `"'`)
			switch k {
			case "title":
				meta.title = v
			case "date", "published", "pubdate", "publishdate":
				meta.published = v
			case "url", "link", "source":
				meta.url = v
			}
		}
		return after, meta
	}
	return s, meta
}

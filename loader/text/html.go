package text

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements never carry article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Canvas: true, atom.Button: true,
	atom.Select: true, atom.Object: true, atom.Embed: true, atom.Menu: true,
	atom.Head: true, atom.Math: true, atom.Audio: true, atom.Video: true,
}

// paragraphs end with a blank line; other blocks with a line break.
var paragraphs = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Figure: true, atom.Section: true, atom.Article: true, atom.Hr: true,
}

var blocks = map[atom.Atom]bool{
	atom.Div: true, atom.Tr: true, atom.Dt: true, atom.Dd: true,
	atom.Figcaption: true, atom.Address: true, atom.Main: true, atom.Header: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Fieldset: true,
	atom.Body: true, atom.Center: true,
}

// Class and id tokens of site furniture in common CMS themes.
var chromeClasses = set("sidebar", "widget", "widget-area", "share", "sharing", "social", "social-share",
	"sharedaddy", "breadcrumb", "breadcrumbs", "cookie", "cookie-notice", "cookie-banner", "comments",
	"comment-respond", "comment-list", "related", "related-posts", "yarpp-related", "menu", "navbar",
	"nav", "navigation", "skip-link", "screen-reader-text", "sr-only", "visually-hidden", "site-footer",
	"site-header", "post-navigation", "pagination", "tags", "tagcloud", "advert", "ads", "banner",
	"header", "footer", "topmenu", "mainmenu", "lang", "language", "languages", "language-switcher",
	"logo", "pagenav", "pager", "buttonheading", "print", "skip")

// htmlText extracts the readable text of an HTML page: the <main> element
// or the single <article> when there is one, otherwise the body, without
// scripts, navigation, page header and footer, sidebars and share buttons.
// Block elements become line breaks, list items bullets. It also returns
// the page's <title>, first <h1> and declared publication date.
func htmlText(s string) (string, docMeta, string, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", docMeta{}, "", err
	}
	var meta docMeta
	var h1 string
	var mains, articles []*html.Node
	var body *html.Node
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if meta.title == "" {
					meta.title = strings.TrimSpace(nodeText(n))
				}
			case atom.Meta:
				if meta.published == "" && isPublishedMeta(n) {
					meta.published = attr(n, "content")
				}
			case atom.Time:
				if meta.published == "" && (attr(n, "itemprop") == "datePublished" || hasClass(n, "published", "entry-date", "post-date", "date-published")) {
					meta.published = attr(n, "datetime")
					if meta.published == "" {
						meta.published = nodeText(n)
					}
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.Join(strings.Fields(nodeText(n)), " ")
				}
			case atom.Main:
				mains = append(mains, n)
			case atom.Article:
				articles = append(articles, n)
				inArticle = true
			case atom.Body:
				body = n
			}
			if n.DataAtom != atom.Meta && attr(n, "itemprop") == "datePublished" && meta.published == "" {
				meta.published = attr(n, "content")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	root := body
	switch {
	case len(mains) > 0:
		root = mains[0]
	case len(articles) == 1:
		root = articles[0]
	}
	if root == nil {
		root = doc
	}
	var b strings.Builder
	render(&b, root, false)
	out := b.String()
	if h1 != "" && !strings.Contains(out, h1) {
		out = h1 + "\n\n" + out
	}
	return out, meta, h1, nil
}

func isPublishedMeta(n *html.Node) bool {
	for _, k := range []string{"property", "name", "itemprop"} {
		switch strings.ToLower(attr(n, k)) {
		case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
			"publish-date", "dc.date.issued", "dc.date", "dcterms.date", "og:published_time":
			return true
		}
	}
	return false
}

func attr(n *html.Node, k string) string {
	for _, a := range n.Attr {
		if a.Key == k {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasClass(n *html.Node, names ...string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, x := range names {
			if c == x {
				return true
			}
		}
	}
	return false
}

// chrome reports whether an element is site furniture by tag, role,
// hidden state, or class/id.
func chrome(n *html.Node, inArticle bool) bool {
	if skipped[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header && !inArticle && !containsH1(n) {
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search":
		return !containsH1(n)
	}
	toks := strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id")))
	for _, t := range toks {
		if chromeClasses[t] {
			return !containsH1(n)
		}
	}
	return false
}

func attrOK(n *html.Node, k string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val, true
		}
	}
	return "", false
}

func containsH1(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if containsH1(c) {
			return true
		}
	}
	return false
}

// render writes the text of n. Whitespace inside text collapses (except in
// <pre>); Analyze trims lines and blank-line runs afterwards.
func render(b *strings.Builder, n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		if inPre(n) {
			b.WriteString(n.Data)
			return
		}
		t := strings.Join(strings.Fields(n.Data), " ")
		if t == "" {
			if n.Data != "" {
				b.WriteByte(' ')
			}
			return
		}
		if r := n.Data[0]; r == ' ' || r == '\n' || r == '\t' {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		if r := n.Data[len(n.Data)-1]; r == ' ' || r == '\n' || r == '\t' {
			b.WriteByte(' ')
		}
		return
	case html.ElementNode:
		if n.DataAtom == atom.Article {
			inArticle = true
		}
		if chrome(n, inArticle) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			b.WriteByte('\n')
			return
		case atom.Img, atom.Input, atom.Wbr:
			return
		case atom.Li:
			b.WriteString("\n• ")
		case atom.Td, atom.Th:
			b.WriteByte(' ')
		}
		breakLine(b, n.DataAtom)
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		render(b, c, inArticle)
	}
	if n.Type == html.ElementNode {
		breakLine(b, n.DataAtom)
	}
}

// breakLine ends a block: a blank line after paragraphs, a line break after
// other blocks, never more than the block needs.
func breakLine(b *strings.Builder, a atom.Atom) {
	want := ""
	switch {
	case paragraphs[a]:
		want = "\n\n"
	case blocks[a]:
		want = "\n"
	default:
		return
	}
	s := b.String()
	if strings.HasSuffix(s, want) {
		return
	}
	if want == "\n\n" && strings.HasSuffix(s, "\n") {
		want = "\n"
	}
	b.WriteString(want)
}

func inPre(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Pre {
			return true
		}
	}
	return false
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

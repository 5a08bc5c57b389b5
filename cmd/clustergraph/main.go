// Command clustergraph turns news texts about business clusters into a
// knowledge graph in Neo4j and serves it over GraphQL.
//
//	clustergraph extract PATH...   texts -> entities and relations (no database)
//	clustergraph load PATH...      texts -> Neo4j (idempotent, incremental)
//	clustergraph serve             GraphQL API, playground and explorer
//	clustergraph up                the main job: database, load seeds/, serve
//	clustergraph db start|stop|status|env   the default local Neo4j
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// command is one subcommand. run gets the arguments after its name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, app *app, args []string) error
}

// app carries what every subcommand shares: output streams and logging.
type app struct {
	stdout, stderr io.Writer
	log            *slog.Logger
}

func commands() []command {
	return []command{
		{"up", "start the local Neo4j (unless NEO4J_URI is set), load seeds/ and serve the API", runUp},
		{"db", "manage the default local Neo4j: start, stop, status, env", runDB},
		{"extract", "read texts and print the entities and relations found (no database)", runExtract},
		{"load", "extract texts and write them into Neo4j (idempotent, incremental)", runLoad},
		{"serve", "serve the GraphQL API, playground and explorer", runServe},
		{"synth", "write a deterministic synthetic corpus for scale runs", runSynth},
	}
}

// errUsage marks errors that are the caller's words being off; they exit 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	global := flag.NewFlagSet("clustergraph", flag.ContinueOnError)
	global.SetOutput(stderr)
	level := global.String("log-level", envOr("CLUSTERGRAPH_LOG_LEVEL", "info"), "log level: debug, info, warn, error")
	format := global.String("log-format", envOr("CLUSTERGRAPH_LOG_FORMAT", "text"), "log format: text or json")
	showVersion := global.Bool("version", false, "print the version and exit")
	global.Usage = func() { usage(stderr, global) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, "clustergraph", version)
		return 0
	}
	logger, err := newLogger(stderr, *level, *format)
	if err != nil {
		fmt.Fprintln(stderr, "clustergraph:", err)
		return 2
	}
	a.log = logger
	rest := global.Args()
	if len(rest) == 0 {
		usage(stderr, global)
		return 2
	}
	name := rest[0]
	if name == "help" {
		if len(rest) > 1 {
			return run(ctx, []string{rest[1], "--help"}, stdout, stderr)
		}
		usage(stdout, global)
		return 0
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, a, rest[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintln(stderr, "clustergraph "+name+":", strings.TrimSuffix(err.Error(), ": "+errUsage.Error()))
			return 2
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "clustergraph "+name+": interrupted")
			return 130
		default:
			fmt.Fprintln(stderr, "clustergraph "+name+":", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "clustergraph: unknown command %q\n\n", name)
	usage(stderr, global)
	return 2
}

func usage(w io.Writer, global *flag.FlagSet) {
	fmt.Fprintln(w, "ClusterGraph: news about business clusters -> a knowledge graph in Neo4j -> GraphQL.")
	fmt.Fprintln(w, "\nUsage: clustergraph [global flags] COMMAND [flags] [args]")
	fmt.Fprintln(w, "\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nGlobal flags:")
	global.SetOutput(w)
	global.PrintDefaults()
	fmt.Fprintln(w, "\nRun 'clustergraph COMMAND --help' for a command's flags.")
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("bad --log-level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("bad --log-format %q: want text or json", format)
}

// newFlags makes a subcommand's flag set with a usage line.
func newFlags(a *app, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "Usage: clustergraph %s %s\n\n%s\n", name, args, summary)
		var n int
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(a.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

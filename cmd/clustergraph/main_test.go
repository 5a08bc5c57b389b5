package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpForEveryCommand(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, c.name, "--help")
			if code != 0 {
				t.Fatalf("%s --help exited %d: %s", c.name, code, errs)
			}
			if !strings.Contains(out+errs, "Usage: clustergraph "+c.name) {
				t.Errorf("%s --help printed no usage line:\n%s%s", c.name, out, errs)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Commands:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"db"}, 2, "missing action"},
		{[]string{"db", "explode"}, 2, `unknown action "explode"`},
		{[]string{"--log-level", "loud", "db", "status"}, 2, "bad --log-level"},
		{[]string{"--version"}, 0, "clustergraph"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (%s%s)", code, tt.code, out, errs)
			}
			if !strings.Contains(out+errs, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, out, errs)
			}
		})
	}
}

func TestDBStatusAndEnvWhenStopped(t *testing.T) {
	home := t.TempDir()
	code, out, errs := runCLI(t, "db", "status", "--local-home", home)
	if code != 0 || !strings.Contains(out, "not running") {
		t.Errorf("status: exit %d, %q %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "db", "env", "--local-home", home)
	if code != 1 || !strings.Contains(errs, "db start") {
		t.Errorf("env on a stopped server: exit %d, %q; want 1 and advice to start it", code, errs)
	}
}

func TestFlagsWinOverEnv(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://env-host:7687")
	t.Setenv("NEO4J_USERNAME", "envuser")
	t.Setenv("NEO4J_PASSWORD", "envpw")
	t.Setenv("NEO4J_DATABASE", "envdb")
	tests := []struct {
		name string
		in   dbFlags
		want dbFlags
	}{
		{"env only", dbFlags{}, dbFlags{uri: "bolt://env-host:7687", username: "envuser", password: "envpw", database: "envdb"}},
		{"flags win", dbFlags{uri: "neo4j://flag:1", username: "u", password: "p", database: "d"},
			dbFlags{uri: "neo4j://flag:1", username: "u", password: "p", database: "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in
			got.resolve()
			if got != tt.want {
				t.Errorf("resolve: got %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("defaults", func(t *testing.T) {
		for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
			t.Setenv(k, "")
		}
		var d dbFlags
		d.resolve()
		if d.uri != "" || d.username != "neo4j" || d.database != "neo4j" {
			t.Errorf("defaults: %+v", d)
		}
	})
}

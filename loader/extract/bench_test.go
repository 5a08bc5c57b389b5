package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// BenchmarkExtract measures throughput over the seeds and the development
// texts; b.SetBytes makes `go test -bench` report MB/s (per core: run with
// -cpu 1). On a shared machine wall time also counts the time other
// processes hold the core, so it also reports MB per CPU second of this
// process (user + system), which other load barely moves.
func BenchmarkExtract(b *testing.B) {
	docs := seedDocs(b)
	files, _ := filepath.Glob("testdata/dev/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, kg.Document{ID: filepath.Base(f), Text: string(data)})
	}
	if len(docs) == 0 {
		b.Skip("no texts")
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	x := New()
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

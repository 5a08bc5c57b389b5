//go:build !unix

package extract

import "time"

// processCPU is not measured where getrusage is missing; the benchmark
// then reports wall-clock MB/s only.
func processCPU() time.Duration { return 0 }

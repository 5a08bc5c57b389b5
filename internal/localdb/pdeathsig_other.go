//go:build !linux

package localdb

import "syscall"

func setPdeathsig(*syscall.SysProcAttr) {}

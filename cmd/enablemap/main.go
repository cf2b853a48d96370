// Command enablemap finds what sales reps need from Marketing. See README.md.
package main

import (
	"context"
	"os"

	"github.com/enablemap/enablemap/internal/cli"
)

func main() {
	env := &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(cli.Main(context.Background(), os.Args[1:], env))
}

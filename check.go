package main

import "github.com/urfave/cli/v2"

// checkCommand compares briefings with golden files.
// Placeholder: not built yet.
func checkCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:         "check",
		Usage:        "compare briefings with golden files (X.txt -> X.golden.md)",
		ArgsUsage:    "PATH...",
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			return usagef("check is not available yet")
		},
	}
}

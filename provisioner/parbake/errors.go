package parbake

import "fmt"

// StepError is a bake that failed in a step. Callers reach it with errors.As.
type StepError struct {
	Step     string
	ExitCode int
	Done     string // steps finished before it
	Output   string // the step's last lines of output
}

func (e *StepError) Error() string {
	return fmt.Sprintf("parbake: step %s failed with exit code %d (steps done before it: %s); last output:\n%s",
		e.Step, e.ExitCode, e.Done, e.Output)
}

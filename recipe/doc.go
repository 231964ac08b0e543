// Package recipe parses parbake recipes: HCL files that list every step a kind of machine needs.
//
// Parsing is split in two. Load reads the files, checks their structure and decodes everything
// that must be static (names, phases, dependencies, durations). Evaluate, called by the planner
// once variable values are known, turns a step's expressions into concrete Content. Keeping the
// expressions until then is what lets the planner see which steps use boot-only variables.
package recipe

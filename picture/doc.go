// Package picture draws a plan for people: an SVG with the bake and boot timeline and a
// break-even chart of boot time per day against launches per day, and Markdown with the plan
// table and a Mermaid gantt of the same timeline, for pull-request comments and CI summaries.
//
// Both are pure functions of the plan: the same plan gives the same bytes. Nothing here imports
// the Packer SDK, and no external tool is needed to draw.
package picture

package plan

import (
	"fmt"
	"testing"
	"time"
)

func TestCost(t *testing.T) {
	for _, c := range []struct {
		perDay     time.Duration
		price      float64
		day, month string
	}{
		{time.Hour, 0.0416, "$0.04", "$1.27"},    // 0.0416 a day, × 730/24
		{24 * time.Hour, 1, "$24.00", "$730.00"}, // a whole instance all month
		{90 * time.Second, 0.0416, "$0.0010", "$0.03"},
		{800 * time.Millisecond, 0.0416, "$0.0000092", "$0.00028"},
		{0, 0.0416, "$0", "$0"},
	} {
		got := CostOf(c.perDay, c.price)
		if Money(got.PerDay) != c.day || Money(got.PerMonth) != c.month {
			t.Errorf("%s at %g/h: %s/day, %s/month; want %s, %s", c.perDay, c.price, Money(got.PerDay), Money(got.PerMonth), c.day, c.month)
		}
	}
}

func TestReasonsSpeakMoneyOnlyWithAPrice(t *testing.T) {
	recipe := `
policy {
  launches_per_day = 100
  %s
}
step "slow" {
  estimate = "30s"
  run = ["true"]
}
step "quick" {
  estimate = "100ms"
  run = ["true"]
}`
	for _, c := range []struct {
		price       string
		slow, quick string
	}{
		{"", "saves 30s × 100 launches/day = 50m of boot time per day; moves to boot below 2 launches/day",
			"cheap at boot (0.1s); kept flexible; moves to bake from 600 launches/day"},
		{"instance_hour_price = 0.0416", "saves 30s × 100 launches/day = 50m of boot time per day ($0.03/day, $1.05/month); moves to boot below 2 launches/day",
			"cheap at boot (0.1s × 100 launches/day = 10s of boot time per day, $0.00012/day, $0.0035/month); kept flexible; moves to bake from 600 launches/day"},
	} {
		p := mustPlanOf(t, fmt.Sprintf(recipe, c.price))
		if got := p.Steps[0].Reason; got != c.slow {
			t.Errorf("slow: %s\nwant %s", got, c.slow)
		}
		if got := p.Steps[1].Reason; got != c.quick {
			t.Errorf("quick: %s\nwant %s", got, c.quick)
		}
	}
}

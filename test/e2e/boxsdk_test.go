//go:build e2e

package e2e

import (
	"context"
	"encoding/base64"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// The tests' own reads of the box while they wait (a group's states, a console, which instances
// are left) go through aws-sdk-go-v2 in the test process. Each AWS CLI start costs about a
// second and a half of CPU; a test polling with it every two seconds kept most of a core busy,
// and four such tests at once starved the machines they were waiting for. What a user types,
// the tests still type with the real CLI (ec2Box.aws).

// sdkClients are a box's clients, made once.
type sdkClients struct {
	once sync.Once
	ec2  *ec2.Client
	asg  *autoscaling.Client
}

func (b *ec2Box) clients() *sdkClients {
	c := &b.sdk
	c.once.Do(func() {
		cfg := aws.Config{
			Region:       b.Env["AWS_DEFAULT_REGION"],
			Credentials:  credentials.NewStaticCredentialsProvider(b.Env["AWS_ACCESS_KEY_ID"], b.Env["AWS_SECRET_ACCESS_KEY"], ""),
			BaseEndpoint: aws.String(b.Env["PARBAKE_EC2_ENDPOINT"]),
			Retryer:      func() aws.Retryer { return retry.AddWithMaxAttempts(retry.NewStandard(), 8) },
		}
		c.ec2, c.asg = ec2.NewFromConfig(cfg), autoscaling.NewFromConfig(cfg)
	})
	return c
}

// read calls f until it succeeds, for up to a minute (the box throttles, and a new instance is
// NotFound for a moment, as on EC2), then fails the test.
func read[T any](t *testing.T, what string, f func(context.Context) (T, error)) T {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		v, err := f(ctx)
		cancel()
		if err == nil {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v", what, err)
		}
		time.Sleep(time.Second)
	}
}

// groupStates returns a group's instances (not its warm pool) and their lifecycle states.
func (b *ec2Box) groupStates(t *testing.T, group string) map[string]string {
	t.Helper()
	out := read(t, "DescribeAutoScalingGroups "+group, func(ctx context.Context) (*autoscaling.DescribeAutoScalingGroupsOutput, error) {
		return b.clients().asg.DescribeAutoScalingGroups(ctx, &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{group}})
	})
	states := map[string]string{}
	for _, g := range out.AutoScalingGroups {
		for _, i := range g.Instances {
			states[aws.ToString(i.InstanceId)] = string(i.LifecycleState)
		}
	}
	return states
}

// warmStates returns a group's warm pool's instances and their lifecycle states.
func (b *ec2Box) warmStates(t *testing.T, group string) map[string]string {
	t.Helper()
	out := read(t, "DescribeWarmPool "+group, func(ctx context.Context) (*autoscaling.DescribeWarmPoolOutput, error) {
		return b.clients().asg.DescribeWarmPool(ctx, &autoscaling.DescribeWarmPoolInput{AutoScalingGroupName: aws.String(group)})
	})
	states := map[string]string{}
	for _, i := range out.Instances {
		states[aws.ToString(i.InstanceId)] = string(i.LifecycleState)
	}
	return states
}

// consoleOutput is an instance's console, decoded; latest asks for its newest output, as
// `aws ec2 get-console-output --latest` does. A new instance may be NotFound for a while.
func (b *ec2Box) consoleOutput(t *testing.T, id string, latest bool) string {
	t.Helper()
	out := read(t, "GetConsoleOutput "+id, func(ctx context.Context) (*ec2.GetConsoleOutputOutput, error) {
		in := &ec2.GetConsoleOutputInput{InstanceId: aws.String(id)}
		if latest {
			in.Latest = aws.Bool(true)
		}
		return b.clients().ec2.GetConsoleOutput(ctx, in)
	})
	data, err := base64.StdEncoding.DecodeString(aws.ToString(out.Output))
	if err != nil {
		t.Fatalf("%s's console output is not base64: %v", id, err)
	}
	return string(data)
}

// instance describes one instance.
func (b *ec2Box) instance(t *testing.T, id string) ec2types.Instance {
	t.Helper()
	out := read(t, "DescribeInstances "+id, func(ctx context.Context) (*ec2.DescribeInstancesOutput, error) {
		return b.clients().ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{id}})
	})
	for _, r := range out.Reservations {
		for _, i := range r.Instances {
			return i
		}
	}
	t.Fatalf("DescribeInstances %s: no such instance", id)
	return ec2types.Instance{}
}

// liveInstances lists the instances that are not terminated, sorted.
func (b *ec2Box) liveInstances(t *testing.T) []string {
	t.Helper()
	out := read(t, "DescribeInstances", func(ctx context.Context) (*ec2.DescribeInstancesOutput, error) {
		return b.clients().ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{Filters: []ec2types.Filter{
			{Name: aws.String("instance-state-name"), Values: []string{"pending", "running", "stopping", "stopped", "shutting-down"}}}})
	})
	var ids []string
	for _, r := range out.Reservations {
		for _, i := range r.Instances {
			ids = append(ids, aws.ToString(i.InstanceId))
		}
	}
	sort.Strings(ids)
	return ids
}

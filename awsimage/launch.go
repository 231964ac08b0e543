package awsimage

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"

	"github.com/parbake/packer-plugin-parbake/boot"
)

// LaunchAPI is what a test launch needs of EC2; *ec2.Client satisfies it.
type LaunchAPI interface {
	InstancesAPI
	RunInstances(ctx context.Context, in *ec2.RunInstancesInput, opts ...func(*ec2.Options)) (*ec2.RunInstancesOutput, error)
	TerminateInstances(ctx context.Context, in *ec2.TerminateInstancesInput, opts ...func(*ec2.Options)) (*ec2.TerminateInstancesOutput, error)
}

// TestLaunch says how to prove an image: launch one instance of it with the user data its boot
// part needs and read the boot runner's verdict from the console.
type TestLaunch struct {
	ImageID string
	// InstanceTypes are tried in order: the next when EC2 has no capacity for one.
	InstanceTypes    []string
	SubnetID         string
	SecurityGroupIDs []string
	// InstanceProfile is an instance profile's name, or its ARN.
	InstanceProfile string
	UserData        []byte // exactly what EC2 is to pass the instance (before base64)
	Tags            map[string]string
	// BootTimeout bounds the wait for the verdict, from the launch.
	BootTimeout time.Duration
	// Poll is how often the instance's state and console are read.
	Poll time.Duration
	// TerminateTimeout bounds the wait for the instance to be gone.
	TerminateTimeout time.Duration
	// Token makes RunInstances' ClientToken for an attempt (its index and instance type), so
	// that a request the SDK retries (a response lost, a timeout) never launches twice; nil
	// sends none.
	Token func(attempt int, instanceType string) string
	// Fresh waits out EC2's eventual consistency for the new instance.
	Fresh Fresh
}

// LaunchResult is what a test launch found.
type LaunchResult struct {
	InstanceID string
	Outcome    *boot.Outcome // nil when no verdict was read
	Console    []byte        // the console as last read
	Seconds    float64       // from the launch to the verdict
	// InstanceType is the type it ran on: the first of InstanceTypes EC2 had capacity for.
	InstanceType string
}

// ErrBootTimeout is wrapped when the boot runner gave no verdict within the boot timeout.
var ErrBootTimeout = errors.New("no boot verdict within boot_timeout")

// ErrInstanceGone is wrapped when the test instance stopped or terminated before its verdict.
var ErrInstanceGone = errors.New("the test instance stopped before its boot part ended")

// Run launches the instance, waits for the boot runner's verdict on its console, and always
// terminates the instance, waiting until it is gone: on success, failure, timeout and
// cancellation alike (the termination does not use ctx, which may be cancelled by then). A boot
// part that failed is not an error here: the caller reads res.Outcome.
func (l TestLaunch) Run(ctx context.Context, api LaunchAPI, logf func(format string, args ...any)) (res *LaunchResult, err error) {
	start := time.Now()
	fresh := l.Fresh
	if fresh.Say == nil {
		fresh.Say = logf
	}
	out, typ, err := l.launch(ctx, api, logf)
	if err != nil {
		return nil, err
	}
	res = &LaunchResult{InstanceID: aws.ToString(out.Instances[0].InstanceId), InstanceType: typ}
	logf("launched %s (%s) from %s", res.InstanceID, typ, l.ImageID)
	defer func() {
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), l.TerminateTimeout)
		defer cancel()
		if terr := fresh.terminate(tctx, api, res.InstanceID, l.Poll); terr != nil {
			err = errors.Join(err, terr)
			return
		}
		logf("terminated %s", res.InstanceID)
	}()
	wctx, cancel := context.WithTimeout(ctx, l.BootTimeout)
	defer cancel()
	tick := time.NewTicker(l.Poll)
	defer tick.Stop()
	err = fresh.Do(wctx, "instance "+res.InstanceID, func(ctx context.Context) error {
		_, _, err := instanceState(ctx, api, res.InstanceID)
		return err
	})
	for {
		var done bool
		if err == nil {
			done, err = l.poll(wctx, api, res, start)
		}
		if done || (err != nil && wctx.Err() == nil) {
			return res, err
		}
		select {
		case <-wctx.Done():
			if ctx.Err() != nil {
				return res, ctx.Err()
			}
			return res, fmt.Errorf("%w (%s): %s launched %s ago", ErrBootTimeout, l.BootTimeout, res.InstanceID, time.Since(start).Round(time.Second))
		case <-tick.C:
		}
	}
}

// poll reads the instance's state and, once it runs, its console: done once the boot runner's
// verdict is there, or the instance is gone.
func (l TestLaunch) poll(ctx context.Context, api LaunchAPI, res *LaunchResult, start time.Time) (bool, error) {
	state, reason, err := instanceState(ctx, api, res.InstanceID)
	switch {
	case IsNotFound(err):
		return false, nil // seen once already: EC2 answers both ways for a while
	case err != nil:
		return false, err
	}
	switch state {
	case types.InstanceStateNamePending:
		return false, nil
	case types.InstanceStateNameRunning:
	default:
		return true, fmt.Errorf("%w: %s is %s (%s)", ErrInstanceGone, res.InstanceID, state, reason)
	}
	console, err := ConsoleOutput(ctx, api, res.InstanceID)
	switch {
	case IsNotFound(err):
		return false, nil
	case err != nil:
		return false, err
	}
	res.Console = console
	o, err := boot.ReadOutcome(bytes.NewReader(console))
	if err != nil {
		return true, err
	}
	if o.Ended {
		res.Outcome, res.Seconds = o, time.Since(start).Seconds()
		return true, nil
	}
	return false, nil
}

// ErrNoCapacity is wrapped when EC2 had no capacity for any of the instance types.
var ErrNoCapacity = errors.New("no capacity for any instance type")

// launch runs the instance, trying the next instance type when EC2 has no capacity for one.
func (l TestLaunch) launch(ctx context.Context, api LaunchAPI, logf func(format string, args ...any)) (*ec2.RunInstancesOutput, string, error) {
	for i, typ := range l.InstanceTypes {
		in := l.runInput(typ)
		if l.Token != nil {
			in.ClientToken = aws.String(l.Token(i, typ))
		}
		out, err := api.RunInstances(ctx, in)
		if ErrCode(err) == "InsufficientInstanceCapacity" {
			if i+1 < len(l.InstanceTypes) {
				logf("no capacity for %s (InsufficientInstanceCapacity): trying %s", typ, l.InstanceTypes[i+1])
				continue
			}
			return nil, "", fmt.Errorf("RunInstances from %s: %w (%s): %w", l.ImageID, ErrNoCapacity, strings.Join(l.InstanceTypes, ", "), err)
		}
		if err != nil {
			return nil, "", fmt.Errorf("RunInstances from %s (%s): %w", l.ImageID, typ, err)
		}
		if len(out.Instances) != 1 {
			return nil, "", fmt.Errorf("RunInstances from %s: %d instances, not 1", l.ImageID, len(out.Instances))
		}
		return out, typ, nil
	}
	return nil, "", fmt.Errorf("RunInstances from %s: no instance type to launch", l.ImageID)
}

func (l TestLaunch) runInput(instanceType string) *ec2.RunInstancesInput {
	in := &ec2.RunInstancesInput{
		ImageId: aws.String(l.ImageID), InstanceType: types.InstanceType(instanceType),
		MinCount: aws.Int32(1), MaxCount: aws.Int32(1),
		UserData: aws.String(base64.StdEncoding.EncodeToString(l.UserData)),
		// IMDSv2, with the instance's tags in its metadata: recipes read their Name there.
		MetadataOptions: &types.InstanceMetadataOptionsRequest{
			HttpEndpoint: types.InstanceMetadataEndpointStateEnabled, HttpTokens: types.HttpTokensStateRequired,
			InstanceMetadataTags: types.InstanceMetadataTagsStateEnabled,
		},
		InstanceInitiatedShutdownBehavior: types.ShutdownBehaviorTerminate,
	}
	if l.SubnetID != "" {
		in.SubnetId = aws.String(l.SubnetID)
	}
	if len(l.SecurityGroupIDs) > 0 {
		in.SecurityGroupIds = l.SecurityGroupIDs
	}
	if p := l.InstanceProfile; p != "" {
		in.IamInstanceProfile = &types.IamInstanceProfileSpecification{Name: aws.String(p)}
		if len(p) > 4 && p[:4] == "arn:" {
			in.IamInstanceProfile = &types.IamInstanceProfileSpecification{Arn: aws.String(p)}
		}
	}
	if len(l.Tags) > 0 {
		keys := make([]string, 0, len(l.Tags))
		for k := range l.Tags {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		spec := types.TagSpecification{ResourceType: types.ResourceTypeInstance}
		for _, k := range keys {
			spec.Tags = append(spec.Tags, types.Tag{Key: aws.String(k), Value: aws.String(l.Tags[k])})
		}
		in.TagSpecifications = []types.TagSpecification{spec}
	}
	return in
}

// instanceState reads an instance's state and, when it has one, why it is in it.
func instanceState(ctx context.Context, api InstancesAPI, id string) (types.InstanceStateName, string, error) {
	out, err := api.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{id}})
	if err != nil {
		return "", "", fmt.Errorf("DescribeInstances %s: %w", id, err)
	}
	for _, r := range out.Reservations {
		for _, i := range r.Instances {
			if aws.ToString(i.InstanceId) == id && i.State != nil {
				reason := aws.ToString(i.StateTransitionReason)
				if i.StateReason != nil {
					reason = aws.ToString(i.StateReason.Message)
				}
				return i.State.Name, reason, nil
			}
		}
	}
	return types.InstanceStateNameTerminated, "not found", nil
}

// Terminate terminates an instance and waits, polling every poll, until it is gone.
func Terminate(ctx context.Context, api LaunchAPI, id string, poll time.Duration) error {
	return Fresh{}.terminate(ctx, api, id, poll)
}

// terminate terminates an instance this build may have just launched (so it may be NotFound for
// a while) and waits until it is gone.
func (f Fresh) terminate(ctx context.Context, api LaunchAPI, id string, poll time.Duration) error {
	err := f.Do(ctx, "instance "+id, func(ctx context.Context) error {
		_, err := api.TerminateInstances(ctx, &ec2.TerminateInstancesInput{InstanceIds: []string{id}})
		return err
	})
	if err != nil {
		return fmt.Errorf("TerminateInstances %s: %w", id, err)
	}
	for {
		state, _, err := instanceState(ctx, api, id)
		if err == nil && state == types.InstanceStateNameTerminated || IsNotFound(err) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s to terminate: %w", id, ctx.Err())
		case <-time.After(poll):
		}
	}
}

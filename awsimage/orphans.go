package awsimage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

// The tags every test instance carries, so that a later build can find one an interrupted build
// left running (its id was maybe never learned: the build was killed while RunInstances was in
// flight).
const (
	TagTestBuild       = "parbake:build"        // the build that launched it
	TagTestTemplate    = "parbake:template"     // the template's build, whose later builds reap it
	TagTestBootTimeout = "parbake:boot-timeout" // its boot_timeout, in seconds
)

// ClientToken derives RunInstances' ClientToken from the build, the AMI and the attempt: the
// same request retried by the SDK never launches twice, and another attempt (another instance
// type) is a new request. EC2 takes up to 64 ASCII characters.
func ClientToken(build, imageID string, attempt int, instanceType string) string {
	sum := sha256.Sum256([]byte(build + "\x00" + imageID + "\x00" + strconv.Itoa(attempt) + "\x00" + instanceType))
	return "parbake-" + hex.EncodeToString(sum[:])[:56]
}

// Orphan is a test instance an earlier build left.
type Orphan struct {
	InstanceID, Build string
	Age, BootTimeout  time.Duration
}

// ReapTestInstances terminates the test instances of earlier builds of template that are older
// than twice their boot_timeout: a build that was still running would have ended its test by
// then. It only ever looks at instances with parbake's test tags, and does not wait for them to go.
func ReapTestInstances(ctx context.Context, api LaunchAPI, template, build string, now time.Time) ([]Orphan, error) {
	in := &ec2.DescribeInstancesInput{Filters: []types.Filter{
		{Name: aws.String("tag:" + TagTestTemplate), Values: []string{template}},
		{Name: aws.String("tag-key"), Values: []string{TagTestBuild}},
		{Name: aws.String("instance-state-name"), Values: []string{"pending", "running", "stopping", "stopped"}},
	}}
	var found []Orphan
	p := ec2.NewDescribeInstancesPaginator(api, in)
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("looking for test instances earlier builds left: DescribeInstances: %w", err)
		}
		for _, r := range out.Reservations {
			for _, i := range r.Instances {
				tags := map[string]string{}
				for _, t := range i.Tags {
					tags[aws.ToString(t.Key)] = aws.ToString(t.Value)
				}
				secs, err := strconv.Atoi(tags[TagTestBootTimeout])
				if tags[TagTestTemplate] != template || tags[TagTestBuild] == "" || tags[TagTestBuild] == build || err != nil || i.LaunchTime == nil {
					continue
				}
				o := Orphan{InstanceID: aws.ToString(i.InstanceId), Build: tags[TagTestBuild], Age: now.Sub(*i.LaunchTime), BootTimeout: time.Duration(secs) * time.Second}
				if o.Age > 2*o.BootTimeout {
					found = append(found, o)
				}
			}
		}
	}
	for _, o := range found {
		if _, err := api.TerminateInstances(ctx, &ec2.TerminateInstancesInput{InstanceIds: []string{o.InstanceID}}); err != nil && !IsNotFound(err) {
			return found, fmt.Errorf("terminating %s, left by build %s: %w", o.InstanceID, o.Build, err)
		}
	}
	return found, nil
}

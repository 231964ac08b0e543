// Package ec2test is a local HTTP server that speaks the EC2 Query protocol for DescribeImages,
// so that aws-sdk-go-v2 can be exercised against it through its BaseEndpoint.
package ec2test

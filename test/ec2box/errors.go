package ec2box

import (
	"fmt"
	"net/http"
)

// APIError is an error as EC2 reports it: a code clients match on, a message, an HTTP status.
type APIError struct {
	Status  int
	Code    string
	Message string
}

func (e *APIError) Error() string { return e.Code + ": " + e.Message }

func apiError(status int, code, format string, args ...any) *APIError {
	return &APIError{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

func notFound(code, format string, args ...any) *APIError {
	return apiError(http.StatusBadRequest, code, format, args...)
}

func invalidParameter(format string, args ...any) *APIError {
	return apiError(http.StatusBadRequest, "InvalidParameterValue", format, args...)
}

func missingParameter(name string) *APIError {
	return apiError(http.StatusBadRequest, "MissingParameter", "The request must contain the parameter %s", name)
}

func incorrectState(code, format string, args ...any) *APIError {
	return apiError(http.StatusBadRequest, code, format, args...)
}

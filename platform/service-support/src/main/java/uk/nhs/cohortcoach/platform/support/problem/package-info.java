/** RFC 9457 problem details for every error a service answers, with field errors by JSON path, and strict JSON request bodies (no unknown fields, no MongoDB operator keys); never a stack trace. */
package uk.nhs.cohortcoach.platform.support.problem;

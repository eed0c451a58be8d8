/** A test kit for RFC 9457 problem details: assertions on an HTTP answer, and ready-made checks that a JSON endpoint refuses bad input and stores nothing. */
package uk.nhs.cohortcoach.platform.test.problem;

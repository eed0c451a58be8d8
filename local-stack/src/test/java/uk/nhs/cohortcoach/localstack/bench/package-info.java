/** Keeps the benchmark suite ({@code bench} module) working: every scenario run once, at smoke size, on the test platform. */
package uk.nhs.cohortcoach.localstack.bench;

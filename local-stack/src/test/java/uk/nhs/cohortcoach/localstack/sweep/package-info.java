/** The hostile-input sweep through the gateway of the whole platform, started by {@code ./run-local}. */
package uk.nhs.cohortcoach.localstack.sweep;

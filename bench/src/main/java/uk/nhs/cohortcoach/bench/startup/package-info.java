/**
 * Start-up and memory: how soon each service is ready when started alone with the stack's own options, how long the
 * whole stack took to be healthy, and how much memory each running service holds.
 */
package uk.nhs.cohortcoach.bench.startup;

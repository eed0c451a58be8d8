/** Platform-wide configuration defaults, added below each service's own application.yml. */
package uk.nhs.cohortcoach.platform.support.defaults;

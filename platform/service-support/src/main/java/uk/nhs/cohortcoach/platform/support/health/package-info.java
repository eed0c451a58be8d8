/** Health indicators for the infrastructure every service uses. */
package uk.nhs.cohortcoach.platform.support.health;

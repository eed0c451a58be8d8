/** Support that every back-end service shares, switched on by auto-configuration when the module is on the classpath. */
package uk.nhs.cohortcoach.platform.support;

/**
 * The legacy pages still served by the gateway (static HTML under {@code /admin/**}, the survey page at
 * {@code /respond/{token}}, {@code /privacy}), each only while its file exists; every other page is the web module's.
 */
package uk.nhs.cohortcoach.gateway.pages;

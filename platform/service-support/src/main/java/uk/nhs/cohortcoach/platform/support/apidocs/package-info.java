/** Each service's OpenAPI document as the gateway's API browser shows it: named after the service and addressed through the gateway. */
package uk.nhs.cohortcoach.platform.support.apidocs;

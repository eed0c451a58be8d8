/**
 * New-resource email: when a resource of the knowledge hub is published, the people who opted in ({@code newResources})
 * and may read it are told, once per resource.
 */
package uk.nhs.cohortcoach.notificationservice.resource;

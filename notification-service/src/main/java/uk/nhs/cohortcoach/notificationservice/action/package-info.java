/** Action email: the owner is told of an action agreed for them and reminded on its due date. */
package uk.nhs.cohortcoach.notificationservice.action;

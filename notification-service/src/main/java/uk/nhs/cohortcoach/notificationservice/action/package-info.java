/**
 * Action email: the owner is told of an action agreed for or given to them (someone outside the programme at the
 * email it was given to them with) and reminded on its due date, a moved due date moving the reminder.
 */
package uk.nhs.cohortcoach.notificationservice.action;

/** What the event handlers share: the reminder timing settings, the effects a rule asks for (messages to owe, messages to withdraw) and how they are applied, and the wording of times and dates. */
package uk.nhs.cohortcoach.notificationservice.trigger;

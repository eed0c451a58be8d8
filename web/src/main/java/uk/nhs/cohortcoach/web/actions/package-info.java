/**
 * The actions page ({@code /actions}) for programme managers, coaches and members: the actions agreed in
 * coaching sessions that they may see, open (soonest due first) and completed; the owner (and those who may
 * change it) marks one done or reopens it; programme managers and the collaborative's coaches change its text
 * and due date or give it to someone else ({@code /actions/{id}/change}). Every action is a form that POSTs and
 * redirects back with a success banner.
 */
package uk.nhs.cohortcoach.web.actions;

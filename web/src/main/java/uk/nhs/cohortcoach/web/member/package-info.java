/**
 * A collaborative's member's own pages (role PARTICIPANT, any leadership role): "Our collaborative"
 * ({@code /my-collaborative}: the team, its strategic priority and equity focus, its coach) and "Our sessions"
 * ({@code /our-sessions}: upcoming and past sessions they are invited to, each upcoming one with "Add to calendar",
 * each past one with the actions agreed). What a member sees is what the services let them read: nothing of another
 * collaborative reaches these pages, and nobody's email but their own.
 */
package uk.nhs.cohortcoach.web.member;

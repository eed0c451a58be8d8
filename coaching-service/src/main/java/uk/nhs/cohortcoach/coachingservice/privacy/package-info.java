/**
 * UK GDPR in coaching-service: subject access (the sessions a person coaches or is invited to, what
 * the logs record of them, the actions they own, their calendar feeds) and erasure on PersonErased
 * (action owner names replaced, calendar feeds revoked; the people read model drops the person itself).
 */
package uk.nhs.cohortcoach.coachingservice.privacy;

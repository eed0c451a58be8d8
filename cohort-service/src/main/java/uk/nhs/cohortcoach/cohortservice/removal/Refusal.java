package uk.nhs.cohortcoach.cohortservice.removal;

/**
 * Why something cannot be deleted (or archived) now: the detail for a person and a stable code for the
 * problem's {@code reason} ({@code has-dependents}, {@code closed}).
 */
public record Refusal(String detail, String reason) {

    public static final String HAS_DEPENDENTS = "has-dependents";
}

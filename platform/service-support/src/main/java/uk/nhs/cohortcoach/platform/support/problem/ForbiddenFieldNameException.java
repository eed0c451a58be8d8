package uk.nhs.cohortcoach.platform.support.problem;

/** A request body used a field name that is refused (see {@link ForbiddenFieldNames}); nothing was bound. */
class ForbiddenFieldNameException extends RuntimeException {

    private final transient ForbiddenFieldNames.Violation violation;

    ForbiddenFieldNameException(ForbiddenFieldNames.Violation violation) {
        super("Forbidden field name at " + violation.path() + ": " + violation.reason());
        this.violation = violation;
    }

    ForbiddenFieldNames.Violation violation() {
        return violation;
    }
}

package uk.nhs.cohortcoach.cohortservice.collaborative;

import java.util.regex.Pattern;

/** An NHS trust in a collaborative, by ODS code (trusts: three characters starting R or T, e.g. {@code RHQ}). */
public record MemberOrganisation(String odsCode, String name) {

    public static final Pattern TRUST_ODS_CODE = Pattern.compile("[RT][A-Z0-9]{2}");
}

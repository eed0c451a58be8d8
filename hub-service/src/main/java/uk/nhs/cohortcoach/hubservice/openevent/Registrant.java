package uk.nhs.cohortcoach.hubservice.openevent;

import java.util.Locale;

/** Who registers: name, email (matched ignoring case), their organisation's ODS code and their job role. */
public record Registrant(String name, String email, String odsCode, String jobRole) {

    /** The email as it is matched: trimmed and lower-cased. */
    public static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}

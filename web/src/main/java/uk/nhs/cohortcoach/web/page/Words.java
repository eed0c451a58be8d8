package uk.nhs.cohortcoach.web.page;

import java.util.Locale;

/** An API's constant as a page writes it: {@code SURVEY_INVITATION} as "Survey invitation". */
public final class Words {

    private Words() {
    }

    public static String of(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

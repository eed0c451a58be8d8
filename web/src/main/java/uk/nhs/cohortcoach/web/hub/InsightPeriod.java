package uk.nhs.cohortcoach.web.hub;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * The period of a cohort's insights as asked in the address ({@code from.day}, ... of a GET form of two GOV.UK date
 * inputs); both blank: every logged session of the cohort. Public: its template reads it.
 */
public record InsightPeriod(DateInput from, DateInput to) {

    static final FormErrors.Fields FIELDS = FormErrors.fields().date("from").date("to");

    public InsightPeriod {
        from = from == null ? DateInput.empty() : from;
        to = to == null ? DateInput.empty() : to;
    }

    FormErrors check(Messages messages) {
        FormErrors errors = FIELDS.errors();
        String start = from.problem("Start date", messages);
        if (start != null) {
            errors.add("from", start);
        }
        String end = to.problem("End date", messages);
        if (end != null) {
            errors.add("to", end);
        }
        return errors;
    }

    /** Where the digest form posts: the cohort's, with this period (so a refused digest is shown beside the same insights). */
    String address(String cohortId) {
        StringBuilder address = new StringBuilder("/hub/insights/").append(encode(cohortId)).append("?");
        if (from.date() != null) {
            address.append("from.day=").append(from.day()).append("&from.month=").append(from.month()).append("&from.year=").append(from.year());
        }
        if (to.date() != null) {
            address.append(from.date() != null ? "&" : "").append("to.day=").append(to.day()).append("&to.month=").append(to.month()).append("&to.year=").append(to.year());
        }
        String built = address.toString();
        return built.endsWith("?") ? built.substring(0, built.length() - 1) : built;
    }

    private static String encode(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}

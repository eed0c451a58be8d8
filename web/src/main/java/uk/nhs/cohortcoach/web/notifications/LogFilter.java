package uk.nhs.cohortcoach.web.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Words;

/**
 * The delivery log's search and filters as the address carries them ({@code ?q=&status=&purpose=&personId=&page=},
 * page from 1): {@code q} a name or email (or part of one); a status or purpose the log does not have, or a page that
 * is not a number, is left out. Public: its template reads it.
 */
public record LogFilter(String q, String status, String purpose, String personId, String page) {

    /** The longest search the API takes (an email address can be 254 characters). */
    static final int MAX_SEARCH = 254;

    static final List<String> STATUSES = List.of("PENDING", "SENDING", "DELIVERED", "PERMANENT_FAILURE", "TEMPORARY_FAILURE",
            "TECHNICAL_FAILURE", "WITHDRAWN");
    static final List<String> PURPOSES = List.of("SESSION_INVITATION", "SESSION_RESCHEDULED", "SESSION_CANCELLED", "SESSION_REMINDER",
            "SESSION_LOG_REMINDER", "ACTION_ASSIGNED", "ACTION_DUE", "SURVEY_INVITATION", "SURVEY_REMINDER");

    public LogFilter {
        q = q == null ? "" : q.strip();
        status = status == null || !STATUSES.contains(status.trim()) ? "" : status.trim();
        purpose = purpose == null || !PURPOSES.contains(purpose.trim()) ? "" : purpose.trim();
        personId = personId == null ? "" : personId.trim();
        page = page == null || !page.trim().matches("[1-9]\\d{0,5}") ? "1" : page.trim();
    }

    /** The API's page number (from 0). */
    int apiPage() {
        return Integer.parseInt(page) - 1;
    }

    public List<Choice> statusChoices() {
        return choices("Any status", STATUSES);
    }

    public List<Choice> purposeChoices() {
        return choices("Any purpose", PURPOSES);
    }

    /** This log's address with these filters at {@code apiPage} (from 0); empty filters and page 1 left out. */
    String address(int apiPage) {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "status", status);
        append(query, "purpose", purpose);
        append(query, "personId", personId);
        if (apiPage > 0) {
            append(query, "page", String.valueOf(apiPage + 1));
        }
        return "/notifications" + (query.isEmpty() ? "" : "?" + query);
    }

    /** Whether the search is longer than the API takes. */
    boolean searchTooLong() {
        return q.length() > MAX_SEARCH;
    }

    /** The address's query ({@code ?…}, or empty): to carry the log as it was through a message's pages and back. */
    public String query() {
        String address = address();
        int query = address.indexOf('?');
        return query < 0 ? "" : address.substring(query);
    }

    /** The address of the page being shown, to come back to. */
    String address() {
        return address(apiPage());
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static List<Choice> choices(String any, List<String> values) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Choice.of("", any)),
                values.stream().map(value -> Choice.of(value, Words.of(value)))).toList();
    }
}

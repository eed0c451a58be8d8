package uk.nhs.cohortcoach.web.hub;

import uk.nhs.cohortcoach.web.api.CohortInsights;

/**
 * The body an insight digest starts with: the cohort's counts as Markdown tables, and nothing of what the equity
 * pauses surfaced (those are people's words from the sessions, for the manager to read and summarise, never copied).
 */
final class DigestBody {

    private DigestBody() {
    }

    static String of(String cohortName, CohortInsights insights, HubWords words) {
        StringBuilder body = new StringBuilder();
        body.append("Coaching sessions logged in ").append(plain(cohortName)).append(": ").append(insights.sessionsLogged())
                .append(", with ").append(insights.collaboratives()).append(insights.collaboratives() == 1 ? " collaborative" : " collaboratives")
                .append(".\n\n");
        body.append("| Maturity component | Sessions |\n| --- | ---: |\n");
        for (CohortInsights.ComponentCount row : insights.byComponent()) {
            body.append("| ").append(plain(words.of(row.component()))).append(" | ").append(row.sessions()).append(" |\n");
        }
        body.append("\n| Equity pause | Sessions |\n| --- | ---: |\n");
        body.append("| Held | ").append(insights.equityPauses().held()).append(" |\n");
        body.append("| Not held | ").append(insights.equityPauses().notHeld()).append(" |\n");
        return body.toString();
    }

    /** A name as Markdown table text: no pipe or line break can make a column or row of it. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }
}

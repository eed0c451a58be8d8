package uk.nhs.cohortcoach.surveyservice.response;

import java.util.Map;

/**
 * A submitted response, without the person: a random id (never held by an invitation once the response
 * is recorded), the role category (only one that at least {@value RoleCategories#MINIMUM_GROUP} invitees of
 * the collaborative share, otherwise {@code OTHER}), the answers and the comments. No time, no invitation,
 * and no position that follows the order of submission: it is kept among its collaborative's responses in
 * {@link CollaborativeResponses}. No endpoint returns it.
 *
 * @param answers  statement id → stage name
 * @param comments component name → comment
 */
public record Response(String id, String roleCategory, Map<String, String> answers, Map<String, String> comments) {

    public Response {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }
}

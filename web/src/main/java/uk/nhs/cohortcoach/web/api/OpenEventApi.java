package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * hub-service's open events as anyone sees them: the lists, one event, the member organisations, registering, and the
 * emailed links (cancel a registration, give feedback). Anyone may do all of it, signed in or not, and a link's token is
 * its only credential, so these calls never carry anyone's platform token ({@link ApiClients#withoutSignIn}): a page
 * anyone can open answers the same whoever opens it. An unknown or used link is an {@link ApiNotFoundException}; a
 * refusal with field errors (or a closed event's 409) an {@link ApiProblemException}.
 */
@Component
public class OpenEventApi {

    /** The body of {@code POST /api/open-events/{id}/registrations}. */
    public record NewRegistration(String name, String email, String odsCode, String jobRole) {
    }

    /** The body of {@code POST /api/open-events/feedback/{token}}. */
    public record Rating(Integer rating, @JsonInclude(JsonInclude.Include.NON_NULL) String comment) {
    }

    private final RestClient client;

    public OpenEventApi(ApiClients clients, WebProperties properties) {
        this.client = clients.withoutSignIn(properties.api().hub());
    }

    /** Events still to come, soonest first (as hub-service orders them). */
    public List<OpenEvent> upcoming() {
        return client.get().uri("/api/open-events?when=upcoming").retrieve().body(OpenEvent.Page.class).items();
    }

    /** Events that have taken place, latest first (as hub-service orders them). */
    public List<OpenEvent> past() {
        return client.get().uri("/api/open-events?when=past").retrieve().body(OpenEvent.Page.class).items();
    }

    public OpenEvent get(String id) {
        return client.get().uri("/api/open-events/{id}", id).retrieve().body(OpenEvent.class);
    }

    /** The programme's member organisations, sorted by name. */
    public List<MemberOrganisation> organisations() {
        MemberOrganisation[] all = client.get().uri("/api/member-organisations").retrieve().body(MemberOrganisation[].class);
        return all == null ? List.of() : Arrays.asList(all);
    }

    /** Registers; the answer is the same whether it was a new place, the waiting list or an address registered before. */
    public void register(String id, NewRegistration registration) {
        client.post().uri("/api/open-events/{id}/registrations", id).contentType(MediaType.APPLICATION_JSON).body(registration)
                .retrieve().toBodilessEntity();
    }

    public EventLinks.Registration registration(String cancelToken) {
        return client.get().uri("/api/open-events/registrations/{token}", cancelToken).retrieve().body(EventLinks.Registration.class);
    }

    public void cancelRegistration(String cancelToken) {
        client.post().uri("/api/open-events/registrations/{token}/cancel", cancelToken).retrieve().toBodilessEntity();
    }

    public EventLinks.Feedback feedback(String feedbackToken) {
        return client.get().uri("/api/open-events/feedback/{token}", feedbackToken).retrieve().body(EventLinks.Feedback.class);
    }

    /** Gives the feedback; the second time through the same link is a 409 ({@link ApiProblemException}). */
    public void giveFeedback(String feedbackToken, Rating rating) {
        client.post().uri("/api/open-events/feedback/{token}", feedbackToken).contentType(MediaType.APPLICATION_JSON).body(rating)
                .retrieve().toBodilessEntity();
    }
}

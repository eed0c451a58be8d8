package uk.nhs.cohortcoach.web.kept;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.web.security.SignInRedirect;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * Where someone goes to sign in again: a form POSTed by a person web knows (an expired token with a good
 * signature, or a valid one an API refused) is kept first and they go to {@code /sign-in?kept=<id>};
 * anyone else to {@code /sign-in?next=<this page>}. Also the security chain's entry point, and where
 * {@code /} looks for work waiting to be saved.
 */
@Component
public class KeptWork implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(KeptWork.class);

    /** The {@code X-Autosave} header's value on a log draft saved in the background. */
    public static final String AUTOSAVE = "log-draft";

    private final KeptForms forms;

    KeptWork(KeptForms forms) {
        this.forms = forms;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (AUTOSAVE.equals(request.getHeader("X-Autosave"))) {
            // a draft saved in the background (log-draft.mjs): nothing to keep or redirect; the page says "sign in again"
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(signInAgain(request, SignedInPerson.expired(request)));
    }

    /** The address to sign in at, having kept the request's form if it is one and {@code person} is known. */
    public String signInAgain(HttpServletRequest request, Optional<SignedInPerson> person) {
        if ("POST".equals(request.getMethod()) && person.isPresent() && !request.getRequestURI().startsWith("/sign-")) {
            String id = forms.keep(person.get(), request);
            log.info("Kept a form for {} posted to {} after the sign-in expired", person.get().id(), request.getRequestURI());
            return "/sign-in?kept=" + id;
        }
        return SignInRedirect.to(request);
    }

    /** The "Save your changes" page of this person's latest kept form, if one is waiting. */
    public Optional<String> waitingFor(SignedInPerson person) {
        return forms.latest(person).map(form -> KeptFormController.PATH + form.id());
    }
}

package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/** Builds the {@link Layout} of a request: for every page's model ({@link LayoutAdvice}) and the error pages. */
@Component
public class Layouts {

    private final Flash flash;

    Layouts(Flash flash) {
        this.flash = flash;
    }

    public Layout of(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        SignedInPerson person = SignedInPerson.current().orElse(null);
        String path = request.getRequestURI();
        return new Layout(csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(), person,
                person == null ? List.of() : Navigation.of(person, path), flash.take(request, response));
    }
}

package uk.nhs.cohortcoach.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.cohortcoach.web.kept.KeptWork;
import uk.nhs.cohortcoach.web.page.Navigation;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code /}: the signed-in person's start page (by role), or signing in. A person with work kept from an
 * expired sign-in goes to "Save your changes" first: after an OIDC sign-in, which lands here, that is how
 * they find it.
 */
@Controller
class HomeController {

    private final KeptWork keptWork;

    HomeController(KeptWork keptWork) {
        this.keptWork = keptWork;
    }

    @GetMapping("/")
    String home() {
        return SignedInPerson.current()
                .map(person -> "redirect:" + keptWork.waitingFor(person).orElseGet(() -> Navigation.startPage(person)))
                .orElse("redirect:/sign-in");
    }
}

package uk.nhs.cohortcoach.web.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.cohortcoach.web.kept.KeptWork;
import uk.nhs.cohortcoach.web.page.Navigation;
import uk.nhs.cohortcoach.web.security.LocalPaths;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code /}: the signed-in person's start page (by role), or signing in (keeping a legacy page's
 * {@code ?next=}; {@code ?signedOut=1} from a legacy page's sign-out shows "You have signed out"). A person with work kept from an
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
    String home(@RequestParam(required = false) String next, @RequestParam(required = false) String signedOut) {
        if (signedOut != null) { // the legacy pages sign out through /auth/logout and come here
            return "redirect:/sign-in?signedOut=1";
        }
        return SignedInPerson.current()
                .map(person -> "redirect:" + keptWork.waitingFor(person).orElseGet(() -> Navigation.startPage(person)))
                .orElseGet(() -> LocalPaths.isLocal(next)
                        ? "redirect:/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) // a legacy page asking for sign-in
                        : "redirect:/sign-in");
    }
}

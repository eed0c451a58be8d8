package uk.nhs.cohortcoach.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.cohortcoach.web.page.Navigation;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/** {@code /}: the signed-in person's start page (by role), or signing in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return SignedInPerson.current().map(person -> "redirect:" + Navigation.startPage(person)).orElse("redirect:/sign-in");
    }
}

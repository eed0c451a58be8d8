package uk.nhs.cohortcoach.web.kept;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.cohortcoach.web.page.PageNotFoundException;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * {@code /kept/{id}}: "Save your changes" — what was being sent when the sign-in expired, and a button that
 * sends it again to where it was going (with a new CSRF token and {@code _kept}, so the entry is deleted:
 * {@link KeptFormUse}). Only the person it belongs to finds it; anyone else gets "Page not found".
 */
@Controller
class KeptFormController {

    static final String PATH = "/kept/";

    private final KeptForms forms;

    KeptFormController(KeptForms forms) {
        this.forms = forms;
    }

    @GetMapping(PATH + "{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal SignedInPerson person, Model model) {
        KeptForm form = forms.find(id, person).orElseThrow(() -> new PageNotFoundException("kept form " + id));
        model.addAttribute("form", form);
        return "kept";
    }
}

package uk.nhs.cohortcoach.web.preferences;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.Preference;
import uk.nhs.cohortcoach.web.api.PreferenceApi;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /preferences}: the person's reminder emails, on or off; {@code POST /preferences} saves the
 * choice and redirects back with a success banner, or shows the form again (400) saying what is missing.
 * Anyone signed in, for themselves (notification-service's {@code /api/preferences/me}).
 */
@Controller
class PreferencesController {

    private final PreferenceApi preferences;
    private final Messages messages;
    private final Flash flash;

    PreferencesController(PreferenceApi preferences, Messages messages, Flash flash) {
        this.preferences = preferences;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/preferences")
    String show(Model model) {
        Preference preference = preferences.mine();
        return page(model, preference, new PreferencesForm(String.valueOf(preference.reminders())), PreferencesForm.FIELDS.errors());
    }

    @PostMapping("/preferences")
    String save(@ModelAttribute("form") PreferencesForm form, Model model, HttpServletResponse response) {
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                Preference saved = preferences.change(form.wanted());
                flash.success(response, messages.get(saved.reminders() ? "preferences.saved.on" : "preferences.saved.off"));
                return "redirect:/preferences";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, preferences.mine(), form, errors);
    }

    private static String page(Model model, Preference preference, PreferencesForm form, FormErrors errors) {
        model.addAttribute("preference", preference);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "preferences";
    }
}

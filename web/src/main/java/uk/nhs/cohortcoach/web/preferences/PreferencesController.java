package uk.nhs.cohortcoach.web.preferences;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
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
 * {@code GET /preferences}: the person's reminder emails and new-resource emails, each on or off; {@code POST
 * /preferences} saves the answers that differ from the saved ones (each has its own operation in
 * notification-service: {@code PUT /api/preferences/me} and {@code PUT /api/preferences/me/new-resources}) and
 * redirects back with a banner saying what was saved, or shows the form again (400) saying what is missing or
 * what the service refused. Anyone signed in, for themselves.
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
        return page(model, preference, PreferencesForm.of(preference), PreferencesForm.FIELDS.errors());
    }

    @PostMapping("/preferences")
    String save(@ModelAttribute("form") PreferencesForm form, Model model, HttpServletResponse response) {
        FormErrors errors = form.check(messages);
        List<String> saved = new ArrayList<>();
        if (!errors.any()) {
            try {
                saveChanges(form, preferences.mine(), saved);
                flash.success(response, saved.isEmpty() ? messages.get("preferences.unchanged") : said(saved));
                return "redirect:/preferences";
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        if (!saved.isEmpty()) { // the first operation was saved before the second was refused: say so
            model.addAttribute("partlySaved", messages.get("preferences.partlySaved", said(saved)));
        }
        return page(model, preferences.mine(), form, errors);
    }

    /** Sends each operation whose answer differs from {@code current}, in form order, adding to {@code saved} what each saved. */
    private void saveChanges(PreferencesForm form, Preference current, List<String> saved) {
        if (form.wantsReminders() != current.reminders()) {
            boolean on = preferences.change(form.wantsReminders()).reminders();
            saved.add(messages.get(on ? "preferences.reminders.on" : "preferences.reminders.off"));
        }
        if (form.wantsNewResources() != current.newResources()) {
            boolean on = preferences.changeNewResources(form.wantsNewResources()).newResources();
            saved.add(messages.get(on ? "preferences.newResources.on" : "preferences.newResources.off"));
        }
    }

    /** "Saved: …" or "Saved: …, and …". */
    private String said(List<String> saved) {
        return saved.size() == 1 ? messages.get("preferences.saved", saved.get(0))
                : messages.get("preferences.saved.both", saved.get(0), saved.get(1));
    }

    private static String page(Model model, Preference preference, PreferencesForm form, FormErrors errors) {
        model.addAttribute("preference", preference);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "preferences";
    }
}

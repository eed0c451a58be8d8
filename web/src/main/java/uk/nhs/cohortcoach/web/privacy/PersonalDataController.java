package uk.nhs.cohortcoach.web.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.PersonalDataApi;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * {@code GET /privacy}: the privacy notice. {@code GET /personal-data}: one form, a person id and two buttons:
 * "Download everything held" ({@code POST /personal-data/download} answers the JSON file) and "Erase this person"
 * ({@code POST /personal-data/erase} redirects to the confirmation page {@code /personal-data/{id}/erase}, whose
 * POST erases and redirects back with a banner).
 */
@Controller
class PersonalDataController {

    static final FormErrors.Fields FIELDS = FormErrors.fields().input("personId");

    private final PersonalDataApi personalData;
    private final Messages messages;
    private final Flash flash;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataController(PersonalDataApi personalData, Messages messages, Flash flash, JsonMapper json, Clock clock) {
        this.personalData = personalData;
        this.messages = messages;
        this.flash = flash;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/privacy")
    String notice() {
        return "privacy/notice";
    }

    @GetMapping("/personal-data")
    String form(Model model) {
        return page(model, "", FIELDS.errors());
    }

    @PostMapping("/personal-data/download")
    Object download(@RequestParam(defaultValue = "") String personId, Model model, HttpServletResponse response) {
        String id = personId.trim();
        FormErrors errors = check(id);
        if (!errors.any()) {
            try {
                byte[] file = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(personalData.collect(id, clock.instant()));
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("personal-data-" + id + ".json", StandardCharsets.UTF_8).build().toString())
                        .body(file);
            } catch (ApiNotFoundException unknown) {
                errors.add("personId", messages.get("privacy.personId.unknown"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, personId, errors);
    }

    @PostMapping("/personal-data/erase")
    String askToErase(@RequestParam(defaultValue = "") String personId, Model model, HttpServletResponse response) {
        String id = personId.trim();
        FormErrors errors = check(id);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, personId, errors);
        }
        return "redirect:/personal-data/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/erase";
    }

    @GetMapping("/personal-data/{id}/erase")
    String confirmErase(@PathVariable String id, Model model) {
        PersonalDataApi.Person person = personalData.person(id);
        model.addAttribute("confirmation", new Confirmation("Are you sure you want to erase " + person.name() + "?",
                List.of("their name and email address, everywhere", "their current team memberships (ended today)",
                        "what every other service holds about them (anonymous survey answers stay: they cannot be linked to them)"),
                null, "/personal-data/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/erase", "Erase this person", "/personal-data"));
        return "confirm";
    }

    @PostMapping("/personal-data/{id}/erase")
    String erase(@PathVariable String id, HttpServletResponse response) {
        PersonalDataApi.Erased erased = personalData.erase(id);
        flash.success(response, messages.get("privacy.erased", erased.name()));
        return "redirect:/personal-data";
    }

    private FormErrors check(String personId) {
        FormErrors errors = FIELDS.errors();
        if (personId.isEmpty()) {
            errors.add("personId", messages.get("privacy.personId.missing"));
        }
        return errors;
    }

    private static String page(Model model, String personId, FormErrors errors) {
        model.addAttribute("personId", personId);
        model.addAttribute("errors", errors);
        return "privacy/personaldata";
    }
}

package uk.nhs.cohortcoach.web.hub;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.ApiProblemException;
import uk.nhs.cohortcoach.web.api.CohortApi;
import uk.nhs.cohortcoach.web.api.HubApi;
import uk.nhs.cohortcoach.web.api.HubResource;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * A programme manager's hub: {@code /hub/manage} (every resource, any status), the resource form ({@code
 * /hub/resources/new}, {@code /hub/resources/{id}/edit}; POST-redirect-GET, or the form again (400, 409 for a stale
 * version) with hub-service's refusals on their fields), and on a resource's edit page its attachments (upload a PDF,
 * forwarded to hub-service; remove one through the confirmation page), publish and archive.
 */
@Controller
class ManageController {

    /** hub-service's limit on a PDF. */
    static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

    private final HubApi hub;
    private final CohortApi cohorts;
    private final Messages messages;
    private final Flash flash;

    ManageController(HubApi hub, CohortApi cohorts, Messages messages, Flash flash) {
        this.hub = hub;
        this.cohorts = cohorts;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/hub/manage")
    String manage(@RequestParam(required = false) String status, Model model) {
        String chosen = status == null || !List.of("DRAFT", "PUBLISHED", "ARCHIVED").contains(status) ? "" : status;
        model.addAttribute("status", chosen);
        model.addAttribute("resources", hub.manage(chosen));
        model.addAttribute("words", new HubWords(hub.taxonomy()));
        return "hub/manage";
    }

    @GetMapping("/hub/resources/new")
    String creating(Model model) {
        return formPage(model, null, ResourceForm.empty(), ResourceForm.FIELDS.errors());
    }

    @PostMapping("/hub/resources")
    String create(@ModelAttribute("form") ResourceForm form, @RequestParam(required = false) String addLink, Model model,
            HttpServletResponse response) {
        if (addLink != null) {
            return formPage(model, null, form.withAnotherLink(), ResourceForm.FIELDS.errors());
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                HubResource created = hub.create(form.toApi());
                flash.success(response, messages.get("hub.created", created.title()));
                return "redirect:/hub/resources/" + created.id() + "/edit";
            } catch (ApiProblemException refused) {
                form.refused(refused.problem(), errors);
                response.setStatus(refused.problem().status() == 409 ? 409 : HttpStatus.BAD_REQUEST.value());
                return formPage(model, null, form, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(model, null, form, errors);
    }

    @GetMapping("/hub/resources/{id}/edit")
    String editing(@PathVariable String id, Model model) {
        HubResource resource = hub.get(id);
        return formPage(model, resource, ResourceForm.of(resource), ResourceForm.FIELDS.errors());
    }

    @PostMapping("/hub/resources/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") ResourceForm form, @RequestParam(required = false) String addLink,
            Model model, HttpServletResponse response) {
        HubResource resource = hub.get(id);
        if (addLink != null) {
            return formPage(model, resource, form.withAnotherLink(), ResourceForm.FIELDS.errors());
        }
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                HubResource saved = hub.update(id, form.toApi());
                flash.success(response, messages.get("hub.saved", saved.title()));
                return "redirect:/hub/resources/" + id + "/edit";
            } catch (ApiProblemException refused) {
                form.refused(refused.problem(), errors);
                response.setStatus(refused.problem().status() == 409 ? 409 : HttpStatus.BAD_REQUEST.value());
                return formPage(model, resource, form, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(model, resource, form, errors);
    }

    @PostMapping("/hub/resources/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        return move(id, version, true, model, response);
    }

    @PostMapping("/hub/resources/{id}/archive")
    String archive(@PathVariable String id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        return move(id, version, false, model, response);
    }

    @PostMapping("/hub/resources/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        HubResource resource = hub.get(id);
        FormErrors errors = ResourceForm.FIELDS.errors();
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            errors.add("file", messages.get("hub.file.missing"));
        } else if (file.isEmpty()) {
            errors.add("file", messages.get("hub.file.empty"));
        } else if (file.getSize() > MAX_PDF_BYTES) {
            errors.add("file", messages.get("hub.file.tooBig"));
        } else if (!file.getOriginalFilename().toLowerCase(Locale.UK).endsWith(".pdf")) {
            errors.add("file", messages.get("hub.file.notPdf"));
        }
        if (!errors.any()) {
            try {
                HubResource.Attachment added = hub.attach(id, file.getOriginalFilename(), file.getBytes());
                flash.success(response, messages.get("hub.attached", added.fileName()));
                return "redirect:/hub/resources/" + id + "/edit";
            } catch (ApiProblemException refused) { // not a PDF by its content, or too big
                refused.problem().errors().forEach(error -> errors.add("file", error.message()));
                if (refused.problem().errors().isEmpty()) {
                    errors.add("file", refused.problem().detail() != null ? refused.problem().detail() : refused.problem().title());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(model, resource, ResourceForm.of(resource), errors);
    }

    @GetMapping("/hub/resources/{id}/attachments/{attachmentId}/remove")
    String confirmRemove(@PathVariable String id, @PathVariable String attachmentId, Model model) {
        HubResource resource = hub.get(id);
        model.addAttribute("confirmation", removal(resource, attachment(resource, attachmentId)));
        return "confirm";
    }

    @PostMapping("/hub/resources/{id}/attachments/{attachmentId}/remove")
    String remove(@PathVariable String id, @PathVariable String attachmentId, HttpServletResponse response) {
        HubResource resource = hub.get(id);
        HubResource.Attachment attachment = attachment(resource, attachmentId);
        hub.removeAttachment(id, attachmentId);
        flash.success(response, messages.get("hub.removed", attachment.fileName()));
        return "redirect:/hub/resources/" + id + "/edit";
    }

    private String move(String id, Long version, boolean publish, Model model, HttpServletResponse response) {
        HubResource resource = hub.get(id);
        try {
            long read = version != null ? version : resource.version();
            HubResource moved = publish ? hub.publish(id, read) : hub.archive(id, read);
            flash.success(response, messages.get(publish ? "hub.published" : "hub.archived", moved.title()));
            return "redirect:/hub/resources/" + id + "/edit";
        } catch (ApiProblemException refused) { // changed meanwhile (409), or not ready to publish (400)
            FormErrors errors = ResourceForm.FIELDS.errors();
            ResourceForm.of(resource).refused(refused.problem(), errors);
            response.setStatus(refused.problem().status() == 409 ? 409 : HttpStatus.BAD_REQUEST.value());
            return formPage(model, hub.get(id), ResourceForm.of(resource), errors);
        }
    }

    private static HubResource.Attachment attachment(HubResource resource, String attachmentId) {
        return resource.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new ApiNotFoundException("/api/resources/" + resource.id() + "/attachments/" + attachmentId));
    }

    private Confirmation removal(HubResource resource, HubResource.Attachment attachment) {
        String base = "/hub/resources/" + resource.id();
        return new Confirmation("Are you sure you want to remove " + attachment.fileName() + " from " + resource.title() + "?",
                List.of(), null, base + "/attachments/" + attachment.id() + "/remove", "Remove file", base + "/edit");
    }

    private String formPage(Model model, HubResource resource, ResourceForm form, FormErrors errors) {
        model.addAttribute("resource", resource);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("words", new HubWords(hub.taxonomy()));
        model.addAttribute("cohorts", cohortChoices(cohorts));
        return "hub/form";
    }

    static List<Choice> cohortChoices(CohortApi cohorts) {
        return cohorts.list().items().stream().map(cohort -> Choice.of(cohort.id(), cohort.name())).toList();
    }
}

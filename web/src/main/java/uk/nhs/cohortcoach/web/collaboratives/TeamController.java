package uk.nhs.cohortcoach.web.collaboratives;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.CollaborativeApi;
import uk.nhs.cohortcoach.web.api.ImportReport;
import uk.nhs.cohortcoach.web.api.Person;
import uk.nhs.cohortcoach.web.api.PersonApi;
import uk.nhs.cohortcoach.web.api.TeamMember;
import uk.nhs.cohortcoach.web.page.Confirmation;
import uk.nhs.cohortcoach.web.page.DateInput;
import uk.nhs.cohortcoach.web.page.Flash;
import uk.nhs.cohortcoach.web.page.FormErrors;
import uk.nhs.cohortcoach.web.page.Messages;

/**
 * A collaborative's team, a page per task, each a form that POSTs and goes back to the collaborative with a
 * success banner: {@code /add} finds someone already registered (a GET search) and adds them (archived
 * people found can be restored there); {@code /register} registers someone new and adds them;
 * {@code /team/{personId}/remove} and {@code /team/{personId}/archive} ask first (confirmation page);
 * {@code /import} takes a CSV file and shows the row-by-row report (the POST's own answer: importing the
 * same file again changes nothing, so there is nothing to guard against a reload).
 */
@Controller
class TeamController {

    /** cohort-service's limit on an imported file. */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    private final CollaborativeApi collaboratives;
    private final PersonApi people;
    private final Messages messages;
    private final Flash flash;

    TeamController(CollaborativeApi collaboratives, PersonApi people, Messages messages, Flash flash) {
        this.collaboratives = collaboratives;
        this.people = people;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/collaboratives/{id}/add")
    String find(@PathVariable String id, @RequestParam(required = false) String name, Model model) {
        FormErrors errors = AddForm.FIELDS.errors();
        if (name != null && name.isBlank()) {
            errors.add("name", messages.get("team.find.missing"));
        }
        if (errors.any()) {
            return addPage(model, collaboratives.get(id), new AddForm("", "", "", DateInput.empty()), errors, true);
        }
        return addPage(model, collaboratives.get(id), new AddForm(name, "", "", DateInput.empty()), errors, false);
    }

    @PostMapping("/collaboratives/{id}/add")
    String add(@PathVariable String id, @ModelAttribute("form") AddForm form, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            try {
                collaboratives.join(id, form.toApi());
                flash.success(response, messages.get("team.added", people.get(form.personId()).name()));
                return "redirect:/collaboratives/" + id;
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return addPage(model, collaborative, form, errors, false);
    }

    @PostMapping("/collaboratives/{id}/restore/{personId}")
    String restore(@PathVariable String id, @PathVariable String personId, @RequestParam(required = false) String name,
            HttpServletResponse response) {
        Person person = people.get(personId);
        people.restore(personId);
        flash.success(response, messages.get("team.restored", person.name()));
        String search = name == null || name.isBlank() ? "" : "?name=" + URLEncoder.encode(name.trim(), StandardCharsets.UTF_8);
        return "redirect:/collaboratives/" + id + "/add" + search;
    }

    @GetMapping("/collaboratives/{id}/register")
    String registration(@PathVariable String id, Model model) {
        return registerPage(model, collaboratives.get(id), RegisterForm.empty(), RegisterForm.FIELDS.errors(), null);
    }

    @PostMapping("/collaboratives/{id}/register")
    String register(@PathVariable String id, @ModelAttribute("form") RegisterForm form, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        FormErrors errors = form.check(messages);
        if (!errors.any()) {
            Person registered;
            try {
                registered = people.register(form.person());
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return registerPage(model, collaborative, form, errors, null);
            }
            try {
                collaboratives.join(id, form.joining(registered.id()));
                flash.success(response, messages.get("team.registered", registered.name()));
                return "redirect:/collaboratives/" + id;
            } catch (ApiProblemException refused) {
                errors.addAll(refused.problem());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return registerPage(model, collaborative, form, errors, messages.get("team.registeredNotAdded", registered.name()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return registerPage(model, collaborative, form, errors, null);
    }

    @GetMapping("/collaboratives/{id}/team/{personId}/remove")
    String confirmRemove(@PathVariable String id, @PathVariable String personId, Model model) {
        model.addAttribute("confirmation", removal(collaboratives.get(id), member(id, personId), null));
        return "confirm";
    }

    @PostMapping("/collaboratives/{id}/team/{personId}/remove")
    String remove(@PathVariable String id, @PathVariable String personId, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        TeamMember member = member(id, personId);
        try {
            collaboratives.leave(id, personId);
        } catch (ApiProblemException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", removal(collaborative, member, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("team.removed", member.name()));
        return "redirect:/collaboratives/" + id;
    }

    @GetMapping("/collaboratives/{id}/team/{personId}/archive")
    String confirmArchive(@PathVariable String id, @PathVariable String personId, Model model) {
        model.addAttribute("confirmation", archiving(collaboratives.get(id), member(id, personId), null));
        return "confirm";
    }

    @PostMapping("/collaboratives/{id}/team/{personId}/archive")
    String archive(@PathVariable String id, @PathVariable String personId, Model model, HttpServletResponse response) {
        Collaborative collaborative = collaboratives.get(id);
        TeamMember member = member(id, personId);
        try {
            people.archive(personId);
        } catch (ApiProblemException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("confirmation", archiving(collaborative, member, refused.problem().detail()));
            return "confirm";
        }
        flash.success(response, messages.get("team.archived", member.name()));
        return "redirect:/collaboratives/" + id;
    }

    @GetMapping("/collaboratives/{id}/import")
    String importing(@PathVariable String id, Model model) {
        return importPage(model, collaboratives.get(id), FormErrors.none(), null);
    }

    @PostMapping("/collaboratives/{id}/import")
    String importTeam(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        Collaborative collaborative = collaboratives.get(id);
        FormErrors errors = FormErrors.fields().input("file").errors();
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            errors.add("file", messages.get("team.import.missing"));
        } else if (file.isEmpty()) {
            errors.add("file", messages.get("team.import.empty"));
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            errors.add("file", messages.get("team.import.tooBig"));
        } else if (!file.getOriginalFilename().toLowerCase(java.util.Locale.UK).endsWith(".csv")) {
            errors.add("file", messages.get("team.import.notCsv"));
        }
        if (!errors.any()) {
            String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
            try {
                ImportReport report = collaboratives.importTeam(id, csv);
                return importPage(model, collaborative, errors, ImportResult.of(report, new CsvRows(csv)));
            } catch (ApiProblemException refused) { // a header without the five columns, or a closed cohort
                refused.problem().errors().forEach(error -> errors.add("file", error.message()));
                if (refused.problem().errors().isEmpty()) {
                    errors.add("", refused.problem().detail());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return importPage(model, collaborative, errors, null);
    }

    private TeamMember member(String id, String personId) {
        return collaboratives.team(id).participants().stream().filter(member -> member.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new ApiNotFoundException("/api/collaboratives/" + id + "/participants/" + personId));
    }

    private Confirmation removal(Collaborative collaborative, TeamMember member, String refusal) {
        String base = "/collaboratives/" + collaborative.id();
        return new Confirmation("Are you sure you want to remove " + member.name() + " from the team of " + collaborative.name() + "?",
                List.of(), refusal, base + "/team/" + member.personId() + "/remove", "Remove from team", base,
                messages.get("team.remove.note"), null);
    }

    private Confirmation archiving(Collaborative collaborative, TeamMember member, String refusal) {
        String base = "/collaboratives/" + collaborative.id();
        return new Confirmation("Are you sure you want to archive " + member.name() + "?", List.of(), refusal,
                base + "/team/" + member.personId() + "/archive", "Archive " + member.name(), base, messages.get("team.archive.note"), null);
    }

    private String addPage(Model model, Collaborative collaborative, AddForm form, FormErrors errors, boolean searchOnly) {
        List<Person> found = form.name().isEmpty() || searchOnly ? List.of() : people.named(form.name());
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("searched", !form.name().isEmpty());
        model.addAttribute("found", found.stream().filter(person -> !person.archived()).toList());
        model.addAttribute("archived", found.stream().filter(Person::archived).toList());
        return "collaboratives/add";
    }

    private String registerPage(Model model, Collaborative collaborative, RegisterForm form, FormErrors errors, String registeredNotAdded) {
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("registeredNotAdded", registeredNotAdded);
        return "collaboratives/register";
    }

    private String importPage(Model model, Collaborative collaborative, FormErrors errors, ImportResult result) {
        model.addAttribute("collaborative", collaborative);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        return "collaboratives/import";
    }
}

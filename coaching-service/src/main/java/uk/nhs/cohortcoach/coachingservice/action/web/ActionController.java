package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.action.Action;
import uk.nhs.cohortcoach.coachingservice.action.ActionFilter;
import uk.nhs.cohortcoach.coachingservice.action.ActionStatus;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/actions}: lists the actions a viewer may see (managers all, coaches their
 * collaboratives', participants their own collaborative's), completes and reopens them (managers, the collaborative's
 * coaches, the owner), edits and reassigns them (managers and the collaborative's coaches).
 */
@RestController
@RequestMapping("/api/actions")
class ActionController {

    private static final Set<String> SORTABLE = Set.of("dueDate", "status", "description", "completedOn");

    private final Actions actions;

    ActionController(Actions actions) {
        this.actions = actions;
    }

    @GetMapping
    PageResponse<ActionResponse> list(@RequestParam(required = false) String collaborativeId,
            @RequestParam(required = false) String ownerId, @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        LocalDate today = actions.today();
        Viewer viewer = Viewer.current();
        return PageResponse.of(actions.list(new ActionFilter(collaborativeId, ownerId, status, overdue),
                PageQuery.of(page, size, sort, SORTABLE, "dueDate"), viewer), a -> response(a, today, viewer));
    }

    @GetMapping("/{id}")
    ResponseEntity<ActionResponse> get(@PathVariable String id) {
        return answer(actions.get(id, Viewer.current()));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<ActionResponse> complete(@PathVariable String id, @Valid @RequestBody CompleteRequest request) {
        return answer(actions.complete(id, request.completedOn(), request.version(), Viewer.current()));
    }

    /** The owner may reopen their own, so the role alone cannot decide; {@link Actions} answers 403 to anyone else. */
    @PostMapping("/{id}/reopen")
    ResponseEntity<ActionResponse> reopen(@PathVariable String id, @Valid @RequestBody ReopenRequest request) {
        return answer(actions.reopen(id, request.version(), Viewer.current()));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Actions decides whose collaborative
    ResponseEntity<ActionResponse> edit(@PathVariable String id, @Valid @RequestBody EditRequest request) {
        request.check();
        return answer(actions.edit(id, request.description(), request.dueDate(), request.version(), Viewer.current()));
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Actions decides whose collaborative
    ResponseEntity<ActionResponse> reassign(@PathVariable String id, @Valid @RequestBody ReassignRequest request) {
        return answer(actions.reassign(id, request.ownerId(), request.ownerName(), request.ownerEmail(), request.version(),
                Viewer.current()));
    }

    private ResponseEntity<ActionResponse> answer(Action action) {
        return ResponseEntity.ok().eTag("\"" + action.version() + "\"").body(response(action, actions.today(), Viewer.current()));
    }

    /** An outside owner's email is shown only to those who may change the action. */
    private ActionResponse response(Action action, LocalDate today, Viewer viewer) {
        return ActionResponse.of(action, today, actions.mayManage(viewer, action));
    }
}

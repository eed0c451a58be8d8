package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.http.ResponseEntity;
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
 * collaboratives', participants their own collaborative's) and completes them.
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
        return PageResponse.of(actions.list(new ActionFilter(collaborativeId, ownerId, status, overdue),
                PageQuery.of(page, size, sort, SORTABLE, "dueDate"), Viewer.current()), a -> ActionResponse.of(a, today));
    }

    @GetMapping("/{id}")
    ResponseEntity<ActionResponse> get(@PathVariable String id) {
        Action action = actions.get(id, Viewer.current());
        return ResponseEntity.ok().eTag("\"" + action.version() + "\"").body(ActionResponse.of(action, actions.today()));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<ActionResponse> complete(@PathVariable String id, @Valid @RequestBody CompleteRequest request) {
        Action action = actions.complete(id, request.completedOn(), request.version(), Viewer.current());
        return ResponseEntity.ok().eTag("\"" + action.version() + "\"").body(ActionResponse.of(action, actions.today()));
    }
}

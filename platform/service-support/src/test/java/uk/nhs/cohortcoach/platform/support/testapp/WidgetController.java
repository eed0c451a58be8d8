package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

@RestController
@RequestMapping(path = "/test", produces = MediaType.APPLICATION_JSON_VALUE)
class WidgetController {

    record Created(long id, Long version) {
    }

    private final WidgetRepository widgets;
    private final MongoTemplate mongo;
    private final NoteBook notes;
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    WidgetController(WidgetRepository widgets, MongoTemplate mongo, NoteBook notes) {
        this.widgets = widgets;
        this.mongo = mongo;
        this.notes = notes;
    }

    @PostMapping("/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody NewWidget request) {
        Widget saved = widgets.save(new Widget(ids.incrementAndGet(), request.name(), request.size(), request.priority(),
                request.colour(), request.due(), request.attributes(), request.parts(), request.label(), null));
        return new Created(saved.id(), saved.version());
    }

    @GetMapping("/widgets/{id}")
    Widget get(@PathVariable @Positive long id) {
        return widgets.findById(id).orElseThrow(() -> new NotFoundException("widget", id));
    }

    @PutMapping("/widgets/{id}")
    Created rename(@PathVariable @Positive long id, @Valid @RequestBody WidgetChange change) {
        Widget current = get(id);
        Widget saved = widgets.save(current.renamed(change.name(), change.version()));
        return new Created(saved.id(), saved.version());
    }

    @GetMapping("/widgets")
    List<Widget> find(@RequestParam Colour colour, @RequestParam(defaultValue = "10") @Max(100) int limit) {
        return widgets.findAll().stream().filter(widget -> widget.colour() == colour).limit(limit).toList();
    }

    /** Stores a free-form document as sent: the case operator keys must never reach. */
    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    void store(@RequestBody Map<String, Object> document) {
        mongo.getCollection("documents").insertOne(new Document(document));
    }

    /** Not validated here: the service bean validates it. */
    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    void note(@RequestBody Note note) {
        notes.add(note);
    }

    @PostMapping("/conflicts")
    void conflict() {
        throw new ConflictException("The wave is already closed.");
    }

    @PostMapping("/duplicates")
    void duplicate() {
        throw new DuplicateException("A widget called 'Sprocket' already exists.", "name",
                "is already the name of another widget", "widget-7");
    }

    @GetMapping("/failures")
    void fail() {
        throw new IllegalStateException("secret internal detail from uk.nhs.cohortcoach at Widget.java:12");
    }
}

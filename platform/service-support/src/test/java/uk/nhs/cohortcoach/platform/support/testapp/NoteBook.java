package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.validation.Valid;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Validated outside the web layer: a bad note raises a ConstraintViolationException, not a binding error. */
@Service
@Validated
class NoteBook {

    private final List<Note> notes = new CopyOnWriteArrayList<>();

    void add(@Valid Note note) {
        notes.add(note);
    }
}

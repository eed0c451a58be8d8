package uk.nhs.cohortcoach.web.setup;

import java.util.List;
import java.util.Objects;

/**
 * A cohort's set-up as a task list: sections of tasks in the order they are done, and the first task to do next
 * (null when everything is done, or the cohort is closed and nothing is offered).
 */
public record SetupProgress(List<Section> sections, SetupTask next, boolean closed) {

    public SetupProgress {
        sections = List.copyOf(sections);
    }

    /** A heading and its tasks. */
    public record Section(String heading, List<SetupTask> tasks) {

        public Section {
            tasks = List.copyOf(tasks);
        }
    }

    public List<SetupTask> tasks() {
        return sections.stream().flatMap(section -> section.tasks().stream()).toList();
    }

    /** How many tasks are completed. */
    public long completed() {
        return tasks().stream().filter(task -> task.status() == SetupTask.Status.COMPLETED).count();
    }

    public boolean done() {
        return tasks().stream().allMatch(task -> task.status() == SetupTask.Status.COMPLETED);
    }

    public SetupTask task(String id) {
        return tasks().stream().filter(task -> Objects.equals(task.id(), id)).findFirst().orElseThrow();
    }
}

package uk.nhs.cohortcoach.platform.support.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("widgets")
record Widget(@Id long id, @Indexed(unique = true) String name, int size, int priority, Colour colour, LocalDate due,
        Map<String, Object> attributes, List<Part> parts, String label, @Version Long version) {

    Widget renamed(String newName, Long expectedVersion) {
        return new Widget(id, newName, size, priority, colour, due, attributes, parts, label, expectedVersion);
    }
}

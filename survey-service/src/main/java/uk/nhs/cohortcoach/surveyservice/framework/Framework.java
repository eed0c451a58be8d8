package uk.nhs.cohortcoach.surveyservice.framework;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/**
 * One version of a maturity framework: its components, each with three to five statements answered
 * on the five-{@link Stage} scale and an optional comment. {@code frozen} once a wave uses it;
 * editing a frozen version makes the next version. Statement ids are short, stable and safe as
 * MongoDB field names (letters, digits, hyphens).
 */
@Document("frameworks")
@CompoundIndex(name = "framework_version", def = "{'frameworkId': 1, 'number': 1}", unique = true)
public record Framework(
        @Id String id,
        String frameworkId,
        int number,
        String name,
        List<Component> components,
        boolean frozen,
        @Version Long version) {

    /** A component of the framework and its statements. */
    public record Component(MaturityComponent component, String title, List<Statement> statements, boolean commentAllowed) {

        public Component {
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    /** A statement answered on the stage scale. */
    public record Statement(String id, String text, boolean required) {
    }

    public Framework {
        components = components == null ? List.of() : List.copyOf(components);
    }

    public static String idOf(String frameworkId, int number) {
        return frameworkId + ":v" + number;
    }
}

package uk.nhs.cohortcoach.platform.support.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.Map;
import uk.nhs.cohortcoach.platform.support.input.DomainDates;

/**
 * Writes the rules every field shares into the document, where a client reads them: each date and
 * date-time (in schemas and parameters) says it must fall between {@link DomainDates#EARLIEST} and
 * {@link DomainDates#LATEST}.
 */
final class DomainRangesInDocument {

    static final String RANGE = "Between " + DomainDates.EARLIEST + " and " + DomainDates.LATEST + ".";

    private DomainRangesInDocument() {
    }

    static void apply(OpenAPI openApi) {
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> visit(parameter.getSchema(), seen));
                }
            }));
        }
    }

    private static void visit(Schema<?> schema, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())) {
            String description = schema.getDescription();
            if (description == null || !description.contains(RANGE)) {
                schema.setDescription(description == null ? RANGE : description + " " + RANGE);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, seen));
        }
        visit(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            visit(values, seen);
        }
    }
}

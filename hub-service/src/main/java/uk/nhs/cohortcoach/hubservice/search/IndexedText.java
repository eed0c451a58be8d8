package uk.nhs.cohortcoach.hubservice.search;

import java.util.EnumMap;
import java.util.Map;

/** The text of one resource per field, as it is to be indexed (tags: the labels of its kind, components and themes). */
public record IndexedText(String title, String summary, String tags, String body) {

    Map<Field, String> byField() {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, title == null ? "" : title);
        fields.put(Field.SUMMARY, summary == null ? "" : summary);
        fields.put(Field.TAGS, tags == null ? "" : tags);
        fields.put(Field.BODY, body == null ? "" : body);
        return fields;
    }
}

package uk.nhs.cohortcoach.web.collaboratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of an imported CSV file by the line each starts on (as cohort-service numbers them: the header
 * is 1), to say in the import report who each row was. Quoted values may hold commas, quotes ("") and
 * line breaks; a byte-order mark is ignored.
 */
final class CsvRows {

    private final Map<Integer, List<String>> byLine = new HashMap<>();
    private final List<String> header = new ArrayList<>();

    CsvRows(String text) {
        String src = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < src.length() && src.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString().trim());
                record(start, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                line++;
                start = line;
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString().trim());
            record(start, fields);
        }
    }

    private void record(int line, List<String> fields) {
        if (line == 1) {
            fields.forEach(name -> header.add(name.toLowerCase(Locale.UK)));
        }
        byLine.put(line, fields);
    }

    /** "Ada Lovelace, ada@example.nhs.uk" for the row starting on {@code line}; empty if unknown. */
    String who(int line) {
        List<String> fields = byLine.getOrDefault(line, List.of());
        List<String> parts = new ArrayList<>();
        for (String column : List.of("name", "email")) {
            int at = header.indexOf(column);
            if (at >= 0 && at < fields.size() && !fields.get(at).isEmpty()) {
                parts.add(fields.get(at));
            }
        }
        return String.join(", ", parts);
    }
}

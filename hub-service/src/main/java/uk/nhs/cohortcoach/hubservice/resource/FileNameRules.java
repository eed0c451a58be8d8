package uk.nhs.cohortcoach.hubservice.resource;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an attachment is kept and downloaded as: the last part of what the client called it, letters and digits
 * (accents dropped), spaces, dots, hyphens and underscores only, at most {@value #MAX_LENGTH} characters, ending in
 * {@code .pdf}; {@code attachment.pdf} when nothing usable is left. Safe in a {@code Content-Disposition} header and
 * on any file system.
 */
public final class FileNameRules {

    static final int MAX_LENGTH = 100;
    private static final String FALLBACK = "attachment";

    private FileNameRules() {
    }

    public static String safe(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        name = name.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("\\s+", " ").replaceAll("_+", "_").strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.replaceAll("^[. _-]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        if (name.length() > MAX_LENGTH - 4) {
            name = name.substring(0, MAX_LENGTH - 4).strip();
        }
        return name + ".pdf";
    }
}

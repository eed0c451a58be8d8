package uk.nhs.cohortcoach.platform.support.input;

import java.util.Optional;

/**
 * The text every field accepts: valid Unicode (no unpaired surrogate, no noncharacter), no control
 * character (free text may keep tab, line feed and carriage return), no bidirectional override,
 * embedding, isolate or mark (they make a name read differently from what is stored), and a bounded
 * length. Answers what is wrong in words for the person who typed it, or nothing.
 */
public final class TextRules {

    /** A name, title, e-mail address, link or code. */
    public static final int LINE_MAX_LENGTH = 2_000;
    /** Notes and other {@link FreeText}. */
    public static final int FREE_TEXT_MAX_LENGTH = 20_000;

    private TextRules() {
    }

    public static Optional<String> problemWith(CharSequence text, boolean freeText) {
        int max = freeText ? FREE_TEXT_MAX_LENGTH : LINE_MAX_LENGTH;
        if (text.length() > max) {
            return Optional.of("must be at most " + String.format("%,d", max) + " characters (it has "
                    + String.format("%,d", text.length()) + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if (isNonCharacter(codePoint)) {
                    return Optional.of("must be valid Unicode text");
                }
                continue;
            }
            if (Character.isSurrogate(c) || isNonCharacter(c)) {
                return Optional.of("must be valid Unicode text");
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!freeText) {
                    return Optional.of("must be on one line, without line breaks or tabs");
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("must not contain control characters");
            }
            if (isDirectionControl(c)) {
                return Optional.of("must not contain Unicode direction controls (such as right-to-left overrides)");
            }
        }
        return Optional.empty();
    }

    static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}

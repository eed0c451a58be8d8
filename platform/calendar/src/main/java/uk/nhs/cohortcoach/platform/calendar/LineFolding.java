package uk.nhs.cohortcoach.platform.calendar;

/**
 * RFC 5545 §3.1 line folding: no line longer than 75 octets of UTF-8, a long line continued on lines that
 * start with one space, and never a fold inside a character (a multi-octet sequence or a surrogate pair).
 */
final class LineFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private LineFolding() {
    }

    /** Joins folded lines again (RFC 5545 §3.1: a line break followed by one space or tab is removed). */
    static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Folds every line of unfolded CRLF-separated text. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 30);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int from, int to, StringBuilder out) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int codePoint = text.codePointAt(i);
            int size = octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}

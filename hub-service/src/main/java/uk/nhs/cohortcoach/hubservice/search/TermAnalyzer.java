package uk.nhs.cohortcoach.hubservice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text to index terms with Lucene's {@link EnglishAnalyzer}: lower case, English stop words left out, possessives
 * dropped, Porter stemming ("inequalities" and "inequality" both become "inequ"), and one rule of its own: Porter
 * leaves "equity" as "equiti" but "equitable" as "equit", so a stem ending in "iti" loses its last letter and the two
 * meet. Documents and queries go through the same analysis, so a query matches the forms of its words. Terms longer
 * than {@value #MAX_TERM_LENGTH} characters are left out (nobody searches for them, and they would make index keys of
 * any size).
 */
public final class TermAnalyzer {

    static final int MAX_TERM_LENGTH = 64;

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private TermAnalyzer() {
    }

    /** The terms of the text, in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() <= MAX_TERM_LENGTH) {
                    terms.add(conflated(term.toString()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return terms;
    }

    /** "equiti" (equity, equities) to "equit" (equitable, equitably). */
    private static String conflated(String stem) {
        return stem.length() > 4 && stem.endsWith("iti") ? stem.substring(0, stem.length() - 1) : stem;
    }
}

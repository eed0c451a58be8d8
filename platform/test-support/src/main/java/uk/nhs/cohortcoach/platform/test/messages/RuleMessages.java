package uk.nhs.cohortcoach.platform.test.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The words of a service's own rules (not Bean Validation's), as written in its main Java sources, checked
 * against GOV.UK's style for error messages. Each is shown to the person as it comes, under the field, so it
 * must be a sentence of its own: never a fragment glued after the field name ("is required"), never a JSON
 * field name in camelCase or an enum constant ({@code WEEKLY}), never the validator's "must not be null".
 *
 * <p>What counts as a rule's message, found by reading the source (comments left out):
 * <ul>
 * <li>the message of {@code InvalidFieldsException.of(field, message)};</li>
 * <li>the field message of {@code new DuplicateException(detail, field, fieldMessage, conflictsWith)};</li>
 * <li>the values of {@code Map.of(field, message, ...)} and of {@code errors.put(field, message)} or
 * {@code problems.put}/{@code putIfAbsent} (the names the services give a rule's field-error map), when they
 * are text of more than one word or a {@code {code}}.</li>
 * </ul>
 * A message is checked by its literal text: a concatenation by its literal pieces (the first must start with a
 * capital when it starts the message; the last has no full stop unless the message is more than one sentence),
 * each branch of a {@code ?:}, and a constant of the same file by its value. A {@code {code}} must have words in
 * the service's message source, and those words are checked the same way.
 */
public final class RuleMessages {

    private static final Pattern CALL = Pattern.compile(
            "InvalidFieldsException\\.of\\(|new\\s+DuplicateException\\(|\\bMap\\.of\\(|\\b(errors|problems)\\.(put|putIfAbsent)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{5,}\\b");
    private static final Pattern CODE = Pattern.compile("\\{([A-Za-z0-9_.\\[\\]-]+)}");

    /** One message found: where, and the Java expression that makes it. */
    public record Found(Path file, int line, String expression) {

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + expression;
        }
    }

    private RuleMessages() {
    }

    /** Every rule message in the Java sources under {@code sourceRoot}. */
    public static List<Found> in(Path sourceRoot) {
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(inSource(file, Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * What is wrong with each rule message under {@code sourceRoot}, one line each naming the file, the line and
     * the expression; empty when every one is in style.
     *
     * @param messages the service's message source, for messages written as a {@code {code}}
     */
    public static List<String> problemsIn(Path sourceRoot, MessageSource messages) {
        List<String> problems = new ArrayList<>();
        for (Found found : in(sourceRoot)) {
            String source = readQuietly(found.file());
            for (String problem : problemsOf(found.expression(), source, messages)) {
                problems.add(found + ": " + problem);
            }
        }
        return problems;
    }

    static List<Found> inSource(Path file, String text) {
        String code = withoutComments(text);
        List<Found> found = new ArrayList<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            if (insideLiteral(code, call.start())) {
                continue;
            }
            List<String> arguments = arguments(code, call.end());
            String name = call.group();
            List<String> messages = new ArrayList<>();
            if (name.startsWith("InvalidFieldsException")) {
                if (arguments.size() == 2) {
                    messages.add(arguments.get(1));
                }
            } else if (name.startsWith("new")) {
                if (arguments.size() == 4) {
                    messages.add(arguments.get(2));
                }
            } else if (name.startsWith("Map")) {
                for (int i = 0; i + 1 < arguments.size(); i += 2) {
                    if (isFieldPath(arguments.get(i)) && isPhrase(arguments.get(i + 1))) {
                        messages.add(arguments.get(i + 1));
                    }
                }
            } else if (arguments.size() == 2 && isFieldPath(arguments.get(0)) && isPhrase(arguments.get(1))) {
                messages.add(arguments.get(1));
            }
            int line = lineOf(code, call.start());
            messages.forEach(message -> found.add(new Found(file, line, message)));
        }
        return found;
    }

    /** What is wrong with the message the expression makes, in GOV.UK's style; empty when nothing. */
    static List<String> problemsOf(String expression, String source, MessageSource messages) {
        List<String> problems = new ArrayList<>();
        List<String> branches = branches(expression.trim());
        if (branches.size() > 1) {
            branches.forEach(branch -> problems.addAll(problemsOf(branch, source, messages)));
            return problems;
        }
        String value = constantValue(expression.trim(), source);
        if (value != null) {
            return problemsOf(value, source, messages);
        }
        List<String> parts = split(expression.trim(), '+');
        if (parts.size() == 1 && literal(parts.get(0)) != null) {
            Matcher code = CODE.matcher(literal(parts.get(0)));
            if (code.matches()) {
                return problemsOfCode(code.group(1), messages);
            }
        }
        StringBuilder text = new StringBuilder();
        boolean startsWithWords = literal(parts.get(0)) != null;
        boolean endsWithWords = literal(parts.get(parts.size() - 1)) != null;
        for (String part : parts) {
            String words = literal(part);
            text.append(words == null ? "X" : words);
            if (words != null) {
                Matcher camel = CAMEL_CASE.matcher(words);
                if (camel.find()) {
                    problems.add("names \"" + camel.group() + "\": say it in words as the form does, not by its JSON name");
                }
                Matcher constant = ENUM_CONSTANT.matcher(words);
                if (constant.find()) {
                    problems.add("shows the constant \"" + constant.group() + "\": write the choices in words "
                            + "(\"weekly, fortnightly or monthly\"; Words.choices)");
                }
            }
        }
        String all = text.toString();
        problems.addAll(styleProblems(all, startsWithWords, endsWithWords));
        return problems;
    }

    /** GOV.UK's rules for the words of one message (the parts the source fixes). */
    static List<String> styleProblems(String words, boolean checkStart, boolean checkEnd) {
        List<String> problems = new ArrayList<>();
        if (checkStart && (words.isBlank() || !Character.isUpperCase(words.codePointAt(0)) && !Character.isDigit(words.codePointAt(0)))) {
            problems.add("starts with a capital letter, as a sentence of its own (\"Select a coach from the list\", not \"is not a known coach\")");
        }
        if (checkEnd && words.endsWith(".") && !words.substring(0, words.length() - 1).contains(". ")) {
            problems.add("has no full stop at the end of a one-sentence message");
        }
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.startsWith("must ") || lower.contains("must not be null") || lower.contains("must not be blank")
                || lower.contains("is invalid") || lower.startsWith("is required")) {
            problems.add("is the validator's wording, not words for people");
        }
        return problems;
    }

    private static List<String> problemsOfCode(String code, MessageSource messages) {
        String words;
        try {
            words = messages.getMessage(code, new Object[] {"field"}, Locale.UK);
        } catch (NoSuchMessageException none) {
            return List.of("uses the code {" + code + "}, which has no words in messages.properties");
        }
        List<String> problems = new ArrayList<>();
        for (String problem : styleProblems(words, true, true)) {
            problems.add("{" + code + "} = \"" + words + "\" " + problem);
        }
        if (CAMEL_CASE.matcher(words).find() || ENUM_CONSTANT.matcher(words).find()) {
            problems.add("{" + code + "} = \"" + words + "\" names a JSON field or constant: use words");
        }
        return problems;
    }

    /** A field path: a literal name ({@code "members[0].odsCode"}, not {@code "400"}), or anything computed. */
    private static boolean isFieldPath(String argument) {
        String words = literal(argument.trim());
        return words == null || !words.contains(" ") && !words.isEmpty() && Character.isLetter(words.charAt(0));
    }

    /** Words rather than a name: a literal piece with a space in it, or a code in braces. */
    private static boolean isPhrase(String argument) {
        Matcher literal = LITERAL.matcher(argument);
        while (literal.find()) {
            if (literal.group(1).contains(" ") || CODE.matcher(literal.group(1)).matches()) {
                return true;
            }
        }
        return CONSTANT.matcher(argument.trim()).matches();
    }

    private static String constantValue(String expression, String source) {
        if (!CONSTANT.matcher(expression).matches()) {
            return null;
        }
        Matcher declaration = Pattern.compile("\\bString\\s+" + Pattern.quote(expression) + "\\s*=\\s*([^;]+);").matcher(source);
        return declaration.find() ? declaration.group(1) : null;
    }

    /** The text of a Java string literal (escapes kept as written but for \"), or null when it is not one. */
    private static String literal(String part) {
        Matcher literal = LITERAL.matcher(part.trim());
        return literal.matches() ? literal.group(1).replace("\\\"", "\"") : null;
    }

    /** The two branches of a top-level {@code c ? a : b}, or the expression alone. */
    private static List<String> branches(String expression) {
        List<String> question = split(expression, '?');
        if (question.size() != 2) {
            return List.of(expression);
        }
        List<String> colon = split(question.get(1), ':');
        return colon.size() == 2 ? List.of(colon.get(0), colon.get(1)) : List.of(expression);
    }

    /** The arguments of the call whose opening parenthesis ends at {@code start}. */
    private static List<String> arguments(String code, int start) {
        int depth = 1;
        int i = start;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            i++;
        }
        return split(code.substring(start, Math.max(start, i - 1)), ',');
    }

    /** {@code text} split at {@code separator} where it stands outside brackets and literals. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0 && !(separator == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':')
                    && !(separator == ':' && i > 0 && text.charAt(i - 1) == ':')) {
                parts.add(text.substring(from, i).trim());
                from = i + 1;
            }
            i++;
        }
        String last = text.substring(from).trim();
        if (!last.isEmpty() || !parts.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** The index just after the string or char literal starting at {@code start}. */
    private static int endOfLiteral(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static boolean insideLiteral(String code, int position) {
        int lineStart = code.lastIndexOf('\n', position) + 1;
        int i = lineStart;
        while (i < position) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                if (end > position) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The source with every comment blanked out (line breaks kept, so line numbers hold). */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = Math.min(endOfLiteral(text, i), text.length());
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineOf(String code, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

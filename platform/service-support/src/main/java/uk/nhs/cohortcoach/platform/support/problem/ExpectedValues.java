package uk.nhs.cohortcoach.platform.support.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.util.ClassUtils;

/** Says, in a client's words, what kind of value a Java type expects: "a whole number", "one of: A, B". */
final class ExpectedValues {

    private static final int MAX_LISTED_CONSTANTS = 20;

    private ExpectedValues() {
    }

    /**
     * @param type the type the value was meant to become
     * @param enumName how an enum constant is written by the client (its JSON form, or its name in a URL)
     */
    static String describe(Class<?> type, Function<Enum<?>, String> enumName) {
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t.isEnum()) {
            return oneOf(t, enumName);
        }
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            return "a whole number";
        }
        if (t == Double.class || t == Float.class || t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
            return "a number";
        }
        if (t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class || t == Character.class || CharSequence.class.isAssignableFrom(t)) {
            return "text";
        }
        if (t == LocalDate.class) {
            return "a date like 2026-03-29";
        }
        if (t == LocalTime.class) {
            return "a time like 09:30";
        }
        if (t == LocalDateTime.class) {
            return "a date and time like 2026-03-29T09:30:00";
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return "a date and time with a UTC offset, like 2026-03-29T09:30:00Z";
        }
        if (t == YearMonth.class) {
            return "a year and month like 2026-03";
        }
        if (t == Year.class) {
            return "a year like 2026";
        }
        if (t == Duration.class) {
            return "a duration like PT30M";
        }
        if (ZoneId.class.isAssignableFrom(t)) {
            return "a time zone like Europe/London";
        }
        if (t == UUID.class) {
            return "a UUID";
        }
        if (t == URI.class) {
            return "a URI";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(t) || !t.getName().startsWith("java.")) {
            return "an object";
        }
        return "a value of another kind";
    }

    /** The range of a whole-number type, for values too big or too small for it; null when unbounded. */
    static String range(Class<?> type) {
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t == Integer.class) {
            return "from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (t == Long.class) {
            return "from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (t == Short.class) {
            return "from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (t == Byte.class) {
            return "from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        return null;
    }

    private static String oneOf(Class<?> enumType, Function<Enum<?>, String> enumName) {
        Enum<?>[] constants = (Enum<?>[]) enumType.getEnumConstants();
        String listed = Arrays.stream(constants).limit(MAX_LISTED_CONSTANTS).map(enumName)
                .collect(Collectors.joining(", "));
        return "one of: " + listed + (constants.length > MAX_LISTED_CONSTANTS ? ", …" : "");
    }
}

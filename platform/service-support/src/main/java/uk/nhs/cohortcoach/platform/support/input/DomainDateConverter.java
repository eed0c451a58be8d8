package uk.nhs.cohortcoach.platform.support.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Reads query and path parameters of the date and time types as ISO-8601 text within
 * {@link DomainDates}. Registered after Spring's own converters, so it is the one used.
 */
final class DomainDateConverter implements GenericConverter {

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, LocalDate.class),
                new ConvertiblePair(String.class, LocalDateTime.class),
                new ConvertiblePair(String.class, Instant.class),
                new ConvertiblePair(String.class, OffsetDateTime.class),
                new ConvertiblePair(String.class, ZonedDateTime.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || ((String) source).isBlank()) {
            return null;
        }
        Class<?> type = targetType.getType();
        if (type == LocalDateTime.class && !DomainDates.isLocalDateTimeText(((String) source).trim())) {
            throw new InvalidParameterValueException(DomainDates.textExpectation(type));
        }
        Object value;
        try {
            value = parser(type).apply(((String) source).trim());
        } catch (DateTimeParseException notIso) {
            throw new InvalidParameterValueException(DomainDates.textExpectation(type));
        }
        DomainDates.problemWith(value).ifPresent(problem -> {
            throw new InvalidParameterValueException(problem);
        });
        return value;
    }

    private static Function<String, Object> parser(Class<?> type) {
        if (type == LocalDate.class) {
            return LocalDate::parse;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime::parse;
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime::parse;
        }
        return text -> OffsetDateTime.parse(text).toInstant();
    }
}

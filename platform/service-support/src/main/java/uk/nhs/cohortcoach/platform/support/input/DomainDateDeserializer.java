package uk.nhs.cohortcoach.platform.support.input;

import java.time.LocalDateTime;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's reader of a date or time type: the value must be ISO-8601 text (an epoch number or
 * an array is refused, never read as seconds or milliseconds) and fall within {@link DomainDates}. A local
 * date and time must be written without an offset: one with an offset is refused, never has it dropped.
 */
final class DomainDateDeserializer extends DelegatingDeserializer {

    private final Class<?> type;

    DomainDateDeserializer(ValueDeserializer<?> delegate, Class<?> type) {
        super(delegate);
        this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new DomainDateDeserializer(newDelegatee, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new InvalidFieldValueException(parser, InvalidFieldValueException.TYPE_MISMATCH, DomainDates.textExpectation(type), type);
        }
        if (type == LocalDateTime.class && !DomainDates.isLocalDateTimeText(parser.getString())) {
            throw new InvalidFieldValueException(parser, InvalidFieldValueException.TYPE_MISMATCH, DomainDates.textExpectation(type), type);
        }
        Object value = super.deserialize(parser, context);
        DomainDates.problemWith(value).ifPresent(problem -> {
            throw new InvalidFieldValueException(parser, InvalidFieldValueException.DATE_RANGE, problem, type);
        });
        return value;
    }
}

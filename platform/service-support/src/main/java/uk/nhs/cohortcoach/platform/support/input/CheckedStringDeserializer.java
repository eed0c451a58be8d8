package uk.nhs.cohortcoach.platform.support.input;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/** Reads every JSON string of a request as Jackson does, then applies {@link TextRules}. */
final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

    static final CheckedStringDeserializer LINE = new CheckedStringDeserializer(false);
    static final CheckedStringDeserializer FREE_TEXT = new CheckedStringDeserializer(true);

    private final boolean freeText;

    private CheckedStringDeserializer(boolean freeText) {
        super(String.class);
        this.freeText = freeText;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(FreeText.class) != null ? FREE_TEXT : LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null) {
            TextRules.problemWith(value, freeText).ifPresent(problem -> {
                throw new InvalidFieldValueException(parser, InvalidFieldValueException.INVALID_TEXT, problem, String.class);
            });
        }
        return value;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }
}

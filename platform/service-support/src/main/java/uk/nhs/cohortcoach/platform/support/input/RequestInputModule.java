package uk.nhs.cohortcoach.platform.support.input;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rules of this package for JSON request bodies: every string through {@link TextRules}, every
 * date and time through {@link DomainDates}. Registered on the strict reader of request bodies only;
 * responses, Kafka and stored documents are read as before.
 */
public final class RequestInputModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public RequestInputModule() {
        super("cohort-coach-request-input");
        addDeserializer(String.class, CheckedStringDeserializer.LINE);
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                return DomainDates.applies(type) ? new DomainDateDeserializer(deserializer, type) : deserializer;
            }
        });
    }
}

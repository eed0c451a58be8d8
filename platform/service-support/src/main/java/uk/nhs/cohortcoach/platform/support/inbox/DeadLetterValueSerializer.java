package uk.nhs.cohortcoach.platform.support.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/** Writes a dead record's key and value back as they came: bytes stay bytes, text goes out as UTF-8. */
class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }
}

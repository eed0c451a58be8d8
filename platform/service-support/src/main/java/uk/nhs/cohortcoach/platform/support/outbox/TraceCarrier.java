package uk.nhs.cohortcoach.platform.support.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries the trace of the request that wrote an event across the gap before the relay publishes
 * it: the trace headers are captured into the outbox entry and restored around the send, so the
 * producer and consumer spans join the request's trace. Does nothing when tracing is absent.
 */
class TraceCarrier {

    static final TraceCarrier NONE = new TraceCarrier(null, null);

    private final Tracer tracer;
    private final Propagator propagator;

    TraceCarrier(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as headers (e.g. {@code traceparent}), empty when there is none. */
    Map<String, String> capture() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (tracer != null && propagator != null) {
            TraceContext context = tracer.currentTraceContext().context();
            if (context != null) {
                propagator.inject(context, headers, Map::put);
            }
        }
        return headers;
    }

    /** Runs the action inside a span that continues the captured trace. */
    <T> T continueTrace(Map<String, String> headers, String name, Supplier<T> action) {
        if (tracer == null || propagator == null || headers == null || headers.isEmpty()) {
            return action.get();
        }
        Span span = propagator.extract(headers, Map::get).name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return action.get();
        } finally {
            span.end();
        }
    }
}

package uk.nhs.cohortcoach.platform.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service's web-slice base class extends: {@link #http}, the one test client, calling through the
 * slice's MockMvc (set before each test, before the test class's own {@code @BeforeEach} methods).
 */
public abstract class WebSliceClient {

    @Autowired
    private MockMvc mockMvc;

    /** Calls the slice's controllers as a client would, with {@link Http#bearer} tokens. */
    protected Http http;

    @BeforeEach
    final void callThroughTheSlice() {
        http = Http.over(mockMvc);
    }
}

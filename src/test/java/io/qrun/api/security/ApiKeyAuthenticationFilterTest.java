package io.qrun.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationFilterTest {

    @Test
    void acceptsBearerAndApikeySchemesInAnyCase() {
        assertEquals(Optional.of("k1"), ApiKeyAuthenticationFilter.keyOf("Bearer k1"));
        assertEquals(Optional.of("k1"), ApiKeyAuthenticationFilter.keyOf("bearer   k1 "));
        assertEquals(Optional.of("qrun_x-y"), ApiKeyAuthenticationFilter.keyOf("apikey qrun_x-y"));
        assertEquals(Optional.of("k"), ApiKeyAuthenticationFilter.keyOf("APIKEY k"));
    }

    @Test
    void rejectsMissingOrOtherSchemes() {
        assertEquals(Optional.empty(), ApiKeyAuthenticationFilter.keyOf(null));
        assertEquals(Optional.empty(), ApiKeyAuthenticationFilter.keyOf(""));
        assertEquals(Optional.empty(), ApiKeyAuthenticationFilter.keyOf("k1"));
        assertEquals(Optional.empty(), ApiKeyAuthenticationFilter.keyOf("Basic dXNlcjpwYXNz"));
        assertEquals(Optional.empty(), ApiKeyAuthenticationFilter.keyOf("Bearer "));
    }
}

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

    @Test
    void serviceCrnIsAnInstanceIdOrTheInstanceSegmentOfACrn() {
        assertEquals("demo", ApiKeyAuthenticationFilter.instanceIdOf(" demo "));
        assertEquals("acme-1", ApiKeyAuthenticationFilter.instanceIdOf(
                "crn:v1:bluemix:public:quantum-computing:us-east:a/b947c1c5a9378d64aed96696e4d76e8e:acme-1::"));
        // a CRN without an instance segment is taken as it is (and will not match an instance)
        assertEquals("crn:v1:bluemix", ApiKeyAuthenticationFilter.instanceIdOf("crn:v1:bluemix"));
    }
}

package io.qrun.application.json;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.Map;

/**
 * The JSON-P factories, looked up once. {@code Json.createReader} and its siblings look the
 * provider up through the service loader on every call, which under load serialises request
 * threads on the class loader (a profile of 64 concurrent submissions showed most of their
 * monitor waits there); the factories are thread-safe and made to be shared.
 */
public final class JsonFactories {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    public static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    public static final JsonGeneratorFactory GENERATORS = PROVIDER.createGeneratorFactory(Map.of());
    public static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private JsonFactories() {
    }
}

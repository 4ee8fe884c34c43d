package io.qrun.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code of the catalogue is provoked over HTTP by some IT (src/test/java/io/qrun/it), which
 * names the code as a string literal in its assertion; the only exceptions are the codes below,
 * each with the reason no request can provoke it and the unit test that checks it instead.
 */
class ErrorCodesCoverageTest {

    private static final Path ITS = Path.of("src/test/java/io/qrun/it");

    /** Codes no IT can provoke, with why and where they are tested instead. */
    static final Map<String, String> NOT_PROVOKABLE = Map.of(
            "internal_error", "a fault of the server: no request provokes one on purpose;"
                    + " InternalErrorTest checks the answer of UnexpectedExceptionMapper");

    private static String itSources() {
        try (Stream<Path> files = Files.walk(ITS)) {
            String all = files.filter(f -> f.toString().endsWith(".java")).map(ErrorCodesCoverageTest::read)
                    .collect(Collectors.joining("\n"));
            assertTrue(all.contains("class ErrorCodesIT"), "expected the ITs under " + ITS.toAbsolutePath());
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCodeIsProvokedByAnIt() {
        String its = itSources();
        Set<String> missing = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (!its.contains("\"" + code.code() + "\"") && !NOT_PROVOKABLE.containsKey(code.code())) {
                missing.add(code.code());
            }
        }
        assertEquals(Set.of(), missing, "codes no IT under " + ITS + " asserts (add one to it/api/ErrorCodesIT)");
    }

    @Test
    void theExceptionsAreCodesThatNoItMentions() {
        String its = itSources();
        for (String code : NOT_PROVOKABLE.keySet()) {
            assertTrue(Stream.of(ErrorCode.values()).anyMatch(c -> c.code().equals(code)), code + " is not in ErrorCode");
            assertTrue(!its.contains("\"" + code + "\""), code + " is provoked by an IT: remove it from NOT_PROVOKABLE");
        }
    }
}

package io.qrun.domain.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A job id (20 characters) from a DRBG, as every submission draws one: {@link RandomIds#next}, which
 * takes its random bytes in one {@code nextBytes} call, against one {@code nextInt(36)} per
 * character (how ids were drawn before 2026-12-03; each call is a DRBG generation of its own).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RandomIdsBenchmark {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private SecureRandom random;

    @Setup
    public void drbg() throws NoSuchAlgorithmException {
        random = SecureRandom.getInstance("DRBG");
    }

    @Benchmark
    public String oneDrawPerId() {
        return RandomIds.next("", 20, random);
    }

    @Benchmark
    public String oneDrawPerCharacter() {
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}

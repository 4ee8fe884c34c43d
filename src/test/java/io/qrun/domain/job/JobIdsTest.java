package io.qrun.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class JobIdsTest {

    @Test
    void idsAreTwentyLowercaseAlphanumerics() {
        for (int i = 0; i < 1000; i++) {
            String id = JobIds.next();
            assertEquals(20, id.length());
            assertTrue(id.matches("[a-z0-9]{20}"), id);
            assertTrue(JobIds.isWellFormed(id));
        }
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(JobIds.next()));
        }
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsed() {
        // 2000 ids x 20 chars = 40000 draws over 36 symbols: each symbol is expected ~1111 times;
        // missing one would have probability ~36 * (35/36)^40000, i.e. zero.
        RandomGenerator rng = new SplittableRandom(42);
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            for (char c : JobIds.next(rng).toCharArray()) {
                chars.add(c);
            }
        }
        assertEquals(36, chars.size());
    }

    @Test
    void everyCharacterIsEquallyLikely() {
        // 18,000 ids x 20 chars = 360,000 draws: 10,000 expected per symbol, sigma ~98. Taking a
        // byte modulo 36 without skipping 252..255 would give the first four symbols 8/7 of the
        // rest (about 11,400 against 9,970): outside the 4 % band. Seeded, so deterministic.
        RandomGenerator rng = new SplittableRandom(7);
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < 18_000; i++) {
            for (char c : JobIds.next(rng).toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        assertEquals(36, counts.size());
        counts.forEach((c, n) -> assertTrue(Math.abs(n - 10_000) < 400, c + " drawn " + n + " times"));
    }

    @Test
    void rejectsMalformedIds() {
        assertFalse(JobIds.isWellFormed(null));
        assertFalse(JobIds.isWellFormed("ABCDEFGHIJKLMNOPQRST"));
        assertFalse(JobIds.isWellFormed("abc"));
        assertFalse(JobIds.isWellFormed("abcdefghijklmnopqrst1"));
        assertFalse(JobIds.isWellFormed("abcdefghijklmnopqr-t"));
        assertTrue(JobIds.isWellFormed("abcdefghijklmnopqrst"));
    }
}

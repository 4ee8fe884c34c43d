package io.qrun.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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
    void rejectsMalformedIds() {
        assertFalse(JobIds.isWellFormed(null));
        assertFalse(JobIds.isWellFormed("ABCDEFGHIJKLMNOPQRST"));
        assertFalse(JobIds.isWellFormed("abc"));
        assertFalse(JobIds.isWellFormed("abcdefghijklmnopqrst1"));
        assertFalse(JobIds.isWellFormed("abcdefghijklmnopqr-t"));
        assertTrue(JobIds.isWellFormed("abcdefghijklmnopqrst"));
    }
}

package io.qrun.engine.qasm;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Randomly damaged programs (fixed seed, so failures reproduce) must either parse or fail with a
 * QasmException at a real position: never NumberFormatException, IndexOutOfBounds, ClassCast...
 */
class MutatedInputTest {

    private static final String PROGRAM = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] _t_0_;
            gate rzz(p0) _gate_q_0, _gate_q_1 {
              cx _gate_q_0, _gate_q_1;
              rz(p0) _gate_q_1;
              cx _gate_q_0, _gate_q_1;
            }
            bit[3] c;
            qubit[3] q;
            h q;
            ctrl(2) @ inv @ pow(0.5) @ rz(-2**2 * sin(_t_0_) / 1.5e-3) q[0], q[1], q[2];
            rzz(pi/4) q[0], q[2];
            barrier q[0:1], q[{2}];
            delay[100ns] q[1];
            c[0] = measure q[0];
            if (c[0] == 1) { x q[1]; } else if (!c[1]) { reset q[2]; }
            if (c == 5) y q[0];
            measure q -> c;
            """;

    private static final String ALPHABET = "q[]{}();,:=@!<>-+*/$\"'._0123456789 \n/*θπ$cxhgateifelsectrlpowinvmeasure";

    @Test
    void damagedProgramsEndInAParseOrAQasmException() {
        SplittableRandom random = new SplittableRandom(20261127L);
        QasmParser parser = new QasmParser();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 5_000; i++) {
                String source = mutate(PROGRAM, random);
                try {
                    parser.parse(source);
                } catch (QasmException e) {
                    assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    fail("mutation " + i + " crashed with " + e + " on:\n" + source, e);
                }
            }
        });
    }

    private static String mutate(String program, SplittableRandom random) {
        StringBuilder b = new StringBuilder(program);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> {
                    int end = Math.min(b.length(), at + 1 + random.nextInt(20));
                    b.insert(random.nextInt(b.length()), b.substring(at, end));
                }
                default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}

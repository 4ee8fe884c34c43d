package io.qrun.engine.qpy;

import static io.qrun.engine.qpy.QpyTestWriter.inst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, corrupted, huge and deeply nested payloads end in a {@link QpyException} with an
 * offset, never in another exception, a hang, a stack overflow or an out-of-memory error.
 */
class QpyHostileInputTest {

    private final QpyTestWriter w = new QpyTestWriter(17);

    /** A synthetic payload touching most of the format: registers, a custom gate, an if, expressions, a layout. */
    private byte[] rich() {
        QpyTestWriter.Body def = w.body(2, 0).qreg("q", 2);
        def.add(inst("HGate").q(0)).add(inst("CXGate").q(0, 1).ctrl(1, 1));
        QpyTestWriter.Body then = w.body(1, 0).qreg("q", 1);
        then.add(inst("XGate").q(0));
        QpyTestWriter.Expression e = new QpyTestWriter.Expression().symbol("x").vectorSymbol("v", 3, 2)
                .op(2, "f:2.0", "p:x").op(0, "n", "v:v[2]");
        QpyTestWriter.Body b = w.body(3, 2).qreg("q", 3).creg("c", 0, 2)
                .custom("pair_0123456789abcdef0123456789abcdef", 'g', 2, 0, def.bytes(), 0, 0, null);
        b.layout = true;
        b.add(inst("pair_0123456789abcdef0123456789abcdef").q(0, 1)).add(inst("RZGate").q(2).p(e.typed()))
                .add(inst("Measure").q(0).c(0))
                .add(inst("IfElseOp").q(2).condition(QpyTestWriter.clbitRef(0), 1).p(QpyTestWriter.block(then.bytes()),
                        QpyTestWriter.none()))
                .add(inst("Measure").q(2).c(1));
        return w.file(b);
    }

    private static void assertQpyError(byte[] qpy, String what) {
        try {
            new QpyReader().read(qpy);
            fail("expected a QpyException for " + what);
        } catch (QpyException e) {
            assertTrue(e.getMessage().startsWith("byte "), e.getMessage());
        }
    }

    @Test
    void theRichPayloadIsValid() {
        assertEquals(3, new QpyReader().read(rich()).numQubits());
    }

    @Test
    void everyTruncationIsANamedError() {
        List<byte[]> payloads = new ArrayList<>(List.of(rich(), Twins.resource("schemas_ghz3_v14.b64"),
                Twins.resource("schemas_rz_param_v14.b64"), Twins.resource("chemrefine_empty_v17.raw.b64")));
        for (byte[] full : payloads) {
            for (int n = 0; n < full.length; n++) {
                assertQpyError(Arrays.copyOf(full, n), "a payload cut to " + n + " of " + full.length + " bytes");
            }
        }
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] full = rich();
        QpyException e = assertThrows(QpyException.class, () -> new QpyReader().read(Arrays.copyOf(full, full.length + 3)));
        assertTrue(e.getMessage().contains("3 unexpected bytes after the circuit"), e.getMessage());
    }

    @Test
    void randomCorruptionEndsInAResultOrANamedError() {
        List<byte[]> payloads = List.of(rich(), Twins.resource("schemas_ghz3_v14.b64"),
                Twins.resource("schemas_rz_param_v14.b64"), Twins.resource("schemas_cx10_v13.b64"));
        Random random = new Random(20261201L);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int trial = 0; trial < 20_000; trial++) {
                byte[] full = payloads.get(trial % payloads.size());
                byte[] mutated = full.clone();
                int flips = 1 + random.nextInt(3);
                for (int f = 0; f < flips; f++) {
                    int at = random.nextInt(mutated.length);
                    mutated[at] = random.nextInt(4) == 0 ? (byte) 0xff : (byte) random.nextInt(256);
                }
                try {
                    new QpyReader().read(mutated);
                } catch (QpyException expected) {
                    // a named error is the right outcome for most corruptions
                }
            }
        });
    }

    @Test
    void hugeCountsAreRefusedBeforeAllocating() {
        byte[] base = w.file(w.body(1, 0).qreg("q", 1));
        // offsets in the circuit header after the 28-byte v17 file header
        int header = 28;
        byte[] qubits = base.clone();
        putU32(qubits, header + 5, 0xffffffffL);
        assertMessage(qubits, "qubits, more than the limit of 10000");
        byte[] metadata = base.clone();
        putU64(metadata, header + 13, Long.MAX_VALUE);
        assertMessage(metadata, "bytes of circuit metadata");
        byte[] registers = base.clone();
        putU32(registers, header + 21, 0xffffffffL);
        assertMessage(registers, "registers");
        byte[] instructions = base.clone();
        putU64(instructions, header + 25, Long.MAX_VALUE);
        assertMessage(instructions, "instructions");
        byte[] negative = base.clone();
        putU64(negative, header + 25, -1);
        assertMessage(negative, "cannot be a length or count");
        // the register's size field: after the header (37 bytes), name "circuit-1" (9), phase (8), metadata "{}" (2)
        byte[] registerSize = base.clone();
        putU32(registerSize, header + 37 + 9 + 8 + 2 + 2, 0x7fffffffL);
        assertMessage(registerSize, "bit indices of register 'q'");
    }

    @Test
    void aCountWhoseProductWrapsAroundIsStillRefused() {
        // (2^64 + 2) / 9 elements of 9 bytes: the product wraps to 2, the division does not
        byte[] tuple = QpyTestWriter.typed('t', new QpyTestWriter.Buf().u64(2049638230412172402L).u8(0).u8(0).bytes());
        QpyTestWriter.Body b = w.body(1, 0).qreg("q", 1);
        b.add(inst("RZGate").q(0).p(tuple));
        assertMessage(w.file(b), "tuple elements: 2049638230412172402 of at least 9 bytes each cannot fit");
    }

    @Test
    void deeplyNestedDefinitionsHitTheNestingLimit() {
        byte[] inner = w.body(1, 0).qreg("q", 1).add(inst("XGate").q(0)).bytes();
        for (int depth = 0; depth < 150; depth++) {
            String name = "g" + depth + "_0123456789abcdef0123456789abcdef";
            QpyTestWriter.Body outer = w.body(1, 0).qreg("q", 1).custom(name, 'g', 1, 0, inner, 0, 0, null);
            outer.add(inst(name).q(0));
            inner = outer.bytes();
        }
        byte[] qpy = new QpyTestWriter.Buf().str("QISKIT").u8(17).u8(2).u8(3).u8(0).u64(1).ch('p').ch('q').u64(28)
                .raw(inner).bytes();
        assertMessage(qpy, "nested deeper than 100 (QpyLimits.maxNesting)");
    }

    @Test
    void deeplyNestedIfBlocksHitTheNestingLimit() {
        byte[] inner = w.body(1, 1).qreg("q", 1).add(inst("XGate").q(0)).bytes();
        for (int depth = 0; depth < 150; depth++) {
            QpyTestWriter.Body outer = w.body(1, 1).qreg("q", 1);
            outer.add(inst("IfElseOp").q(0).c(0).condition(QpyTestWriter.clbitRef(0), 1).p(QpyTestWriter.block(inner)));
            inner = outer.bytes();
        }
        byte[] qpy = new QpyTestWriter.Buf().str("QISKIT").u8(17).u8(2).u8(3).u8(0).u64(1).ch('p').ch('q').u64(28)
                .raw(inner).bytes();
        assertMessage(qpy, "(QpyLimits.maxNesting)");
    }

    @Test
    void aLongExpressionChainHitsTheDepthLimit() {
        QpyTestWriter.Expression e = new QpyTestWriter.Expression().symbol("x").op(0, "p:x", "f:1");
        for (int i = 0; i < 1500; i++) {
            e.op(0, "n", "f:1");
        }
        QpyTestWriter.Body b = w.body(1, 0).qreg("q", 1);
        b.add(inst("RZGate").q(0).p(e.typed()));
        assertMessage(w.file(b), "(QpyLimits.maxExpressionDepth)");
    }

    @Test
    void inliningCountsAgainstTheInstructionLimit() {
        QpyTestWriter.Body def = w.body(1, 0).qreg("q", 1);
        for (int i = 0; i < 40; i++) {
            def.add(inst("XGate").q(0));
        }
        String name = "forty_0123456789abcdef0123456789abcdef";
        QpyTestWriter.Body b = w.body(1, 0).qreg("q", 1).custom(name, 'g', 1, 0, def.bytes(), 0, 0, null);
        for (int i = 0; i < 3; i++) {
            b.add(inst(name).q(0));
        }
        QpyLimits small = new QpyLimits(10, 10, 10, 100, 10);
        QpyException e = assertThrows(QpyException.class, () -> new QpyReader(small).read(w.file(b)));
        assertTrue(e.getMessage().contains("more than 100 instructions after inlining"), e.getMessage());
    }

    private static void assertMessage(byte[] qpy, String expected) {
        QpyException e = assertThrows(QpyException.class, () -> new QpyReader().read(qpy));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static void putU32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (24 - 8 * i));
        }
    }

    private static void putU64(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (56 - 8 * i));
        }
    }
}

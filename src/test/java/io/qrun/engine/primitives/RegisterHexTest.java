package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qrun.engine.circuit.ClassicalRegister;
import org.junit.jupiter.api.Test;

class RegisterHexTest {

    @Test
    void bitIOfTheRegisterIsBitIOfTheInteger() {
        // circuit bits: a = bits 0..1, b = bits 2..6; shot 0 sets bits 0, 3, 6; shot 1 sets nothing
        ClassicalRegister a = new ClassicalRegister("a", 2, 0);
        ClassicalRegister b = new ClassicalRegister("b", 5, 2);
        long[] words = {0b1001001L, 0L};
        assertEquals("0x1", RegisterHex.encode(words, 1, 0, a));
        assertEquals("0x12", RegisterHex.encode(words, 1, 0, b)); // b[1] and b[4] set: 0b10010
        assertEquals("0x0", RegisterHex.encode(words, 1, 1, a));
        assertEquals("0x0", RegisterHex.encode(words, 1, 1, b));
    }

    @Test
    void registersAcrossWordBoundaries() {
        // 2 words per shot; register of 8 bits starting at circuit bit 60 reads bits 60..67
        ClassicalRegister c = new ClassicalRegister("c", 8, 60);
        long[] words = {0xFL << 60, 0b1010L};
        assertEquals("0xaf", RegisterHex.encode(words, 2, 0, c));
        ClassicalRegister wide = new ClassicalRegister("w", 70, 0);
        long[] all = {-1L, 0b111111L};
        assertEquals("0x3fffffffffffffffff", RegisterHex.encode(all, 2, 0, wide));
    }
}

package io.qrun.engine.primitives;

import io.qrun.engine.circuit.ClassicalRegister;

/**
 * Encodes one shot's bits of one classical register as Qiskit's BitArray hex string: bit i of the
 * register is bit i of the integer ({@code c[0]} least significant), lowercase, no leading zeros,
 * "0x0" for all zeros.
 *
 * <p>A shot's classical bits are packed as the simulator writes them: circuit bit k is bit k%64 of
 * word k/64 of that shot's {@code wordsPerShot} words.
 */
final class RegisterHex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private RegisterHex() {}

    /**
     * @param words all shots' packed bits, shot s at {@code words[s*wordsPerShot ..]}
     */
    static String encode(long[] words, int wordsPerShot, int shot, ClassicalRegister register) {
        int size = register.size();
        int nibbles = Math.max(1, (size + 3) / 4);
        char[] out = new char[nibbles];
        int base = shot * wordsPerShot;
        // Fill nibbles from the least significant end; drop leading zeros at the end.
        for (int n = 0; n < nibbles; n++) {
            int value = 0;
            for (int b = 0; b < 4; b++) {
                int bit = n * 4 + b;
                if (bit < size) {
                    int k = register.offset() + bit;
                    if ((words[base + (k >>> 6)] >>> (k & 63) & 1L) != 0) {
                        value |= 1 << b;
                    }
                }
            }
            out[nibbles - 1 - n] = DIGITS[value];
        }
        int start = 0;
        while (start < nibbles - 1 && out[start] == '0') {
            start++;
        }
        return "0x" + new String(out, start, nibbles - start);
    }
}

package io.qrun.engine.qiskit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The .npy reader and writer against arrays numpy 2.4.6 saved (src/test/resources/qpy/numpy_2_4_6_save.txt,
 * written with numpy.save on a machine of this project) and the two real parameter arrays of
 * Qiskit/ibm-quantum-schemas (see the README there).
 */
class NpyTest {

    private static Map<String, byte[]> numpy() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String line : text("numpy_2_4_6_save.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\\|");
                out.put(parts[0], Base64.getDecoder().decode(parts[1]));
            }
        }
        return out;
    }

    static String text(String resource) {
        try (InputStream in = NpyTest.class.getResourceAsStream("/qpy/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsWhatNumpyWrites() {
        Map<String, byte[]> n = numpy();
        NpyArray a = NpyReader.read(n.get("float64 (2, 2)"), 100);
        assertArrayEquals(new int[] {2, 2}, a.shape());
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertEquals(-0.4, a.doubleAt(3));
        assertEquals(0.2, a.doubleAt(1));
        NpyArray u = NpyReader.read(n.get("uint8 (2, 3, 1)"), 100);
        assertArrayEquals(new int[] {2, 3, 1}, u.shape());
        assertEquals(5, u.byteAt(5));
        assertEquals(1.5, NpyReader.read(n.get("float64 ()"), 100).doubleAt(0));
        assertEquals(0, NpyReader.read(n.get("float64 ()"), 100).shape().length);
        assertEquals(-2, NpyReader.read(n.get("int32 (3,)"), 100).doubleAt(1));
        assertEquals(-9, NpyReader.read(n.get("int64 (2,)"), 100).doubleAt(1));
        assertEquals(-1.25, NpyReader.read(n.get("float32 (2,)"), 100).doubleAt(1));
        NpyArray b = NpyReader.read(n.get("bool (3,)"), 100);
        assertEquals(1, b.doubleAt(0));
        assertEquals(0, b.doubleAt(1));
        assertArrayEquals(new int[] {0, 3}, NpyReader.read(n.get("float64 (0, 3)"), 100).shape());
        assertEquals(4.0, NpyReader.read(n.get("v2 float64 (2, 2)"), 100).doubleAt(3));
        assertEquals(0.5, NpyReader.read(n.get("v3 float64 (2,)"), 100).doubleAt(1));
    }

    @Test
    void writesWhatNumpyWrites() {
        Map<String, byte[]> n = numpy();
        assertArrayEquals(n.get("float64 (0,)"), NpyWriter.write(NpyArray.float64(new int[] {0}, new double[0])));
        assertArrayEquals(n.get("float64 (2, 2)"), NpyWriter.write(NpyArray.float64(new int[] {2, 2},
                new double[] {0.1, 0.2, 0.3, -0.4})));
        assertArrayEquals(n.get("uint8 (2, 3, 1)"), NpyWriter.write(NpyArray.uint8(new int[] {2, 3, 1},
                new byte[] {0, 1, 2, 3, 4, 5})));
        assertArrayEquals(n.get("float64 ()"), NpyWriter.write(NpyArray.float64(new int[0], new double[] {1.5})));
        assertArrayEquals(n.get("float64 (0, 3)"), NpyWriter.write(NpyArray.float64(new int[] {0, 3}, new double[0])));
    }

    @Test
    void rejectsFortranOrderAndOtherDtypesByName() {
        Map<String, byte[]> n = numpy();
        assertMessage(n.get("fortran float64 (2, 2)"), "Fortran-ordered .npy arrays are not supported");
        assertMessage(n.get("big-endian >f8 (2,)"), "the .npy dtype '>f8' is not supported");
        assertMessage(n.get("complex128 (1,)"), "the .npy dtype '<c16' is not supported");
    }

    @Test
    void realParameterArraysFromTheSchemas() {
        NpyArray empty = NpyReader.read(CompressedBase64.decode(text("schemas_params_empty.npy.b64"), 1 << 20), 100);
        assertArrayEquals(new int[] {0}, empty.shape());
        NpyArray three = NpyReader.read(CompressedBase64.decode(text("schemas_params_3.npy.b64"), 1 << 20), 100);
        assertArrayEquals(new int[] {1}, three.shape());
        assertEquals(3.0, three.doubleAt(0));
    }

    @Test
    void hostileArraysEndInNamedErrors() {
        byte[] good = numpy().get("float64 (2, 2)");
        for (int cut = 0; cut < good.length; cut++) {
            byte[] truncated = Arrays.copyOf(good, cut);
            assertThrows(QiskitWireException.class, () -> NpyReader.read(truncated, 100), "cut at " + cut);
        }
        assertMessage(good, 3, "more than 3 elements");
        assertMessage(withShape(good, "(99999999999, 9)"), "the .npy shape has dimension 99999999999");
        assertMessage(withShape(good, "(100000, 100000)"), "more than 100 elements");
        byte[] lying = withShape(good, "(3, 2)");
        assertMessage(lying, "needs 48 data bytes, found 32");
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 5000; trial++) {
            byte[] m = good.clone();
            m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            try {
                NpyReader.read(m, 100);
            } catch (QiskitWireException expected) {
                // a named error
            } catch (RuntimeException e) {
                fail("mutation " + trial + " threw " + e);
            }
        }
    }

    @Test
    void boundedInflation() {
        String bomb = CompressedBase64.encode(new byte[10_000_000]);
        assertTrue(bomb.length() < 20_000);
        QiskitWireException e = assertThrows(QiskitWireException.class, () -> CompressedBase64.decode(bomb, 1_000_000));
        assertTrue(e.getMessage().contains("inflates to more than 1000000 bytes"), e.getMessage());
        assertThrows(QiskitWireException.class, () -> CompressedBase64.decode("not base64!", 100));
        String truncated = bomb.substring(0, 40);
        assertThrows(QiskitWireException.class, () -> CompressedBase64.decode(truncated, 1 << 24));
        assertArrayEquals(new byte[] {1, 2, 3}, CompressedBase64.decode(CompressedBase64.encode(new byte[] {1, 2, 3}), 3));
    }

    private static byte[] withShape(byte[] npy, String shape) {
        String s = new String(npy, StandardCharsets.ISO_8859_1).replace("(2, 2)", shape);
        byte[] out = s.getBytes(StandardCharsets.ISO_8859_1);
        int headerLength = (out[8] & 0xff) | ((out[9] & 0xff) << 8);
        int delta = out.length - npy.length;
        headerLength += delta;
        out[8] = (byte) headerLength;
        out[9] = (byte) (headerLength >>> 8);
        return out;
    }

    private static void assertMessage(byte[] npy, String expected) {
        assertMessage(npy, 100, expected);
    }

    private static void assertMessage(byte[] npy, long max, String expected) {
        QiskitWireException e = assertThrows(QiskitWireException.class, () -> NpyReader.read(npy, max));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

package io.qrun.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * numpy arrays as the client's RuntimeEncoder sends them and its RuntimeDecoder reads them:
 * {@code {"__type__": "ndarray", "__value__": base64(zlib(np.save(array)))}}, written and read here
 * from numpy's format description (.npy version 1.0), independently of the server's reader.
 */
final class ClientArrays {

    /** A decoded array: numpy dtype string, shape, and the values in C order. */
    record Array(String descr, int[] shape, double[] values) {
    }

    private ClientArrays() {
    }

    /** {@code np.array(values, dtype=float64).reshape(shape)} as the client encodes it. */
    static Map<String, Object> float64(int[] shape, double... values) {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? dims.toString().trim() : dims.toString().replaceAll(", $", "");
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + shapeText + "), }";
        int unpadded = 10 + header.length() + 1;
        String padded = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteBuffer data = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            data.putDouble(v);
        }
        ByteArrayOutputStream npy = new ByteArrayOutputStream();
        npy.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                (byte) (padded.length() & 0xff), (byte) (padded.length() >> 8)});
        npy.writeBytes(padded.getBytes(StandardCharsets.ISO_8859_1));
        npy.writeBytes(data.array());
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("__type__", "ndarray");
        typed.put("__value__", Base64.getEncoder().encodeToString(deflate(npy.toByteArray())));
        return typed;
    }

    /** RuntimeDecoder's ndarray: base64, zlib, then np.load; float64 and uint8 (what results hold). */
    @SuppressWarnings("unchecked")
    static Array read(Object typed) {
        Map<String, Object> m = (Map<String, Object>) typed;
        assertEquals("ndarray", m.get("__type__"), String.valueOf(m));
        byte[] npy = inflate(Base64.getDecoder().decode((String) m.get("__value__")));
        assertEquals("\u0093NUMPY", new String(npy, 0, 6, StandardCharsets.ISO_8859_1));
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.ISO_8859_1);
        Matcher d = Pattern.compile("'descr': '([^']+)'").matcher(header);
        Matcher s = Pattern.compile("'shape': \\(([0-9, ]*)\\)").matcher(header);
        assertTrue(d.find() && s.find() && header.contains("'fortran_order': False"), header);
        List<Integer> dims = new ArrayList<>();
        for (String p : s.group(1).replace(" ", "").split(",")) {
            if (!p.isEmpty()) {
                dims.add(Integer.parseInt(p));
            }
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        int n = 1;
        for (int x : shape) {
            n *= x;
        }
        ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLength, npy.length - 10 - headerLength).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            switch (d.group(1)) {
                case "<f8" -> values[i] = data.getDouble();
                case "|u1" -> values[i] = data.get() & 0xff;
                default -> throw new AssertionError("unexpected dtype " + d.group(1));
            }
        }
        return new Array(d.group(1), shape, values);
    }

    /** The __value__ of a typed value, checking its __type__. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> value(Object typed, String type) {
        Map<String, Object> m = (Map<String, Object>) typed;
        assertEquals(type, m.get("__type__"), String.valueOf(m));
        return (Map<String, Object>) m.get("__value__");
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static byte[] inflate(byte[] z) {
        Inflater inf = new Inflater();
        inf.setInput(z);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsInput()) {
                    throw new AssertionError("truncated zlib stream");
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }
}

package io.qrun.engine.primitives;

import static io.qrun.engine.primitives.SamplerEngineTest.DEV;
import static io.qrun.engine.primitives.SamplerEngineTest.at;
import static io.qrun.engine.primitives.SamplerEngineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The typed result (support_qiskit: true), read back by an independent decoder written here from
 * qiskit_ibm_runtime's RuntimeDecoder and numpy's format description, holds exactly the samples and
 * values of the plain result of the same job and seed.
 */
class QiskitResultEncoderTest {

    /** An array decoded from a typed ndarray: shape and row-major values (bytes for uint8). */
    record Decoded(int[] shape, String descr, double[] values) {}

    @SuppressWarnings("unchecked")
    static Decoded ndarray(Object typed) {
        Map<String, Object> m = (Map<String, Object>) typed;
        assertEquals("ndarray", m.get("__type__"));
        byte[] npy = inflate(Base64.getDecoder().decode((String) m.get("__value__")));
        assertEquals("\u0093NUMPY", new String(npy, 0, 6, StandardCharsets.ISO_8859_1));
        assertEquals(1, npy[6]);
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64, "numpy aligns the data to 64 bytes");
        String header = new String(npy, 10, headerLength, StandardCharsets.ISO_8859_1);
        Matcher d = Pattern.compile("'descr': '([^']+)'").matcher(header);
        Matcher s = Pattern.compile("'shape': \\(([0-9, ]*)\\)").matcher(header);
        assertEquals(true, d.find() && s.find() && header.contains("'fortran_order': False"), header);
        String[] parts = s.group(1).replace(" ", "").split(",");
        List<Integer> dims = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                dims.add(Integer.parseInt(p));
            }
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        int n = 1;
        for (int x : shape) {
            n *= x;
        }
        double[] values = new double[n];
        int at = 10 + headerLength;
        for (int i = 0; i < n; i++) {
            if (d.group(1).equals("<f8")) {
                long bits = 0;
                for (int b = 7; b >= 0; b--) {
                    bits = bits << 8 | (npy[at + 8 * i + b] & 0xff);
                }
                values[i] = Double.longBitsToDouble(bits);
            } else {
                assertEquals("|u1", d.group(1));
                values[i] = npy[at + i] & 0xff;
            }
        }
        assertEquals(npy.length, at + n * (d.group(1).equals("<f8") ? 8 : 1), "no bytes after the data");
        return new Decoded(shape, d.group(1), values);
    }

    static byte[] inflate(byte[] z) {
        Inflater inflater = new Inflater();
        inflater.setInput(z);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        try {
            while (!inflater.finished()) {
                out.write(buf, 0, inflater.inflate(buf));
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T value(Object typed, String type) {
        Map<String, Object> m = (Map<String, Object>) typed;
        assertEquals(type, m.get("__type__"));
        return (T) m.get("__value__");
    }

    static final String TWO_REGISTERS = """
            OPENQASM 3.0;
            include "stdgates.inc";
            input float[64] t;
            qubit[11] q;
            bit[10] wide;
            bit[1] flag;
            rx(t) q[10];
            x q[0];
            x q[9];
            h q[4];
            wide = measure q[0:9];
            flag[0] = measure q[10];
            """;

    @Test
    void samplerBitArraysHoldThePlainSamples() {
        Object pubs = List.of(List.of(TWO_REGISTERS, List.of(List.of(0.0), List.of(Math.PI), List.of(1.0)), 40),
                java.util.Arrays.asList(Circuits.BELL, null, 25));
        Map<String, Object> plain = run("sampler", QiskitPubTest.params(null, ((List<?>) pubs).toArray()), DEV, 11);
        Map<String, Object> typed = run("sampler", QiskitPubTest.params(true, ((List<?>) pubs).toArray()), DEV, 11);
        Map<String, Object> primitive = value(typed, "PrimitiveResult");
        Map<String, Object> metadata = (Map<String, Object>) primitive.get("metadata");
        assertEquals((Object) at(plain, "metadata", "version"), metadata.get("version"));
        List<Object> pubResults = (List<Object>) primitive.get("pub_results");
        assertEquals(2, pubResults.size());
        int[][] shapes = {{3}, {}};
        int[] shots = {40, 25};
        for (int i = 0; i < 2; i++) {
            Map<String, Object> pubResult = value(pubResults.get(i), "SamplerPubResult");
            assertEquals((Object) at(plain, "results", i, "metadata"), pubResult.get("metadata"));
            Map<String, Object> bin = value(pubResult.get("data"), "DataBin");
            Map<String, Object> plainData = at(plain, "results", i, "data");
            assertEquals(new ArrayList<>(plainData.keySet()), bin.get("field_names"));
            assertEquals(java.util.Arrays.stream(shapes[i]).boxed().toList(), bin.get("shape"));
            Map<String, Object> fields = (Map<String, Object>) bin.get("fields");
            for (String name : plainData.keySet()) {
                Map<String, Object> bitArray = value(fields.get(name), "BitArray");
                int numBits = at(plain, "results", i, "data", name, "num_bits");
                assertEquals(numBits, bitArray.get("num_bits"));
                Decoded array = ndarray(bitArray.get("array"));
                int bytes = (numBits + 7) / 8;
                int[] expectedShape = java.util.stream.IntStream.concat(java.util.Arrays.stream(shapes[i]),
                        java.util.stream.IntStream.of(shots[i], bytes)).toArray();
                assertArrayEquals(expectedShape, array.shape());
                assertEquals("|u1", array.descr());
                Object samples = at(plain, "results", i, "data", name, "samples");
                List<String> flat = new ArrayList<>();
                flatten(samples, flat);
                for (int s = 0; s < flat.size(); s++) {
                    long fromBytes = 0;
                    for (int b = 0; b < bytes; b++) {
                        fromBytes = fromBytes << 8 | (long) array.values()[s * bytes + b];
                    }
                    assertEquals(Long.parseLong(flat.get(s).substring(2), 16), fromBytes, name + " shot " + s);
                }
            }
        }
        // q[0] and q[9] are 1 in every shot and q[4] is random: bit 9 is in the first byte (0x02),
        // bits 0 and 4 in the second, the low byte (0x01 or 0x11)
        Map<String, Object> bin = value(((Map<String, Object>) value(pubResults.get(0), "SamplerPubResult")).get("data"),
                "DataBin");
        Decoded wide = ndarray(((Map<String, Object>) value(((Map<String, Object>) bin.get("fields")).get("wide"),
                "BitArray")).get("array"));
        for (int shot = 0; shot < 3 * 40; shot++) {
            assertEquals(2, wide.values()[2 * shot]);
            assertEquals(1, (int) wide.values()[2 * shot + 1] & ~0x10);
        }
    }

    @Test
    void samplerExecutionSpansBecomeDoubleSliceSpans() {
        Object[] pubs = {List.of(TWO_REGISTERS, List.of(List.of(0.0), List.of(1.0)), 8), java.util.Arrays.asList(Circuits.BELL, null, 5)};
        JobSpec spec = SamplerEngineTest.ENGINE.validate("sampler", QiskitPubTest.params(true, pubs), SubmissionLimits.defaults());
        List<PubResult> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(SamplerEngineTest.ENGINE.execute(SamplerEngineTest.ENGINE.prepare(spec, i, DEV,
                    TimeModelSettings.defaults()), 1));
        }
        List<Object> spans = List.of(Map.of("start", "2026-12-01T10:00:00Z", "stop", "2026-12-01T10:00:01.5Z",
                "pub_indices", List.of(0)), Map.of("start", "2026-12-01T10:00:01.5Z", "stop", "2026-12-01T10:00:02Z",
                "pub_indices", List.of(1)));
        Map<String, Object> typed = SamplerEngineTest.ENGINE.assemble(spec, results, Map.of("execution_spans", spans));
        Map<String, Object> metadata = (Map<String, Object>) ((Map<String, Object>) value(typed, "PrimitiveResult")).get("metadata");
        Map<String, Object> execution = (Map<String, Object>) metadata.get("execution");
        List<Object> typedSpans = (List<Object>) ((Map<String, Object>) value(execution.get("execution_spans"), "ExecutionSpans"))
                .get("spans");
        Map<String, Object> first = value(typedSpans.get(0), "DoubleSliceSpan");
        assertEquals("2026-12-01T10:00:00Z", value(first.get("start"), "datetime"));
        assertEquals("2026-12-01T10:00:01.5Z", value(first.get("stop"), "datetime"));
        // PUB 0: shape (2,) and 8 shots: (shape + (shots,), flat args 0..2, shots 0..8)
        assertEquals(Map.of("0", List.of(List.of(2, 8), 0, 2, 0, 8)), first.get("data_slices"));
        Map<String, Object> second = value(typedSpans.get(1), "DoubleSliceSpan");
        assertEquals(Map.of("1", List.of(List.of(5), 0, 1, 0, 5)), second.get("data_slices"));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object nested, List<String> out) {
        if (nested instanceof String s) {
            out.add(s);
        } else {
            for (Object o : (List<Object>) nested) {
                flatten(o, out);
            }
        }
    }

    @Test
    void estimatorArraysHoldThePlainValues() {
        String ry = """
                OPENQASM 3.0;
                include "stdgates.inc";
                input float[64] p;
                qubit[1] q;
                ry(p) q[0];
                """;
        Object[] pubs = {List.of(ry, List.of(List.of("Z"), List.of("X")), List.of(List.of(0.1), List.of(0.7), List.of(2.0))),
                java.util.Arrays.asList(Circuits.BELL.replace("c = measure q;", "").replace("bit[2] c;", ""), "ZZ", null, 0)};
        Map<String, Object> plain = run("estimator", QiskitPubTest.params(null, pubs), DEV, 3);
        Map<String, Object> typed = run("estimator", QiskitPubTest.params(true, pubs), DEV, 3);
        List<Object> pubResults = (List<Object>) ((Map<String, Object>) value(typed, "PrimitiveResult")).get("pub_results");
        int[][] shapes = {{2, 3}, {}};
        for (int i = 0; i < 2; i++) {
            Map<String, Object> pubResult = value(pubResults.get(i), "PubResult");
            assertEquals((Object) at(plain, "results", i, "metadata"), pubResult.get("metadata"));
            Map<String, Object> bin = value(pubResult.get("data"), "DataBin");
            assertEquals(List.of("evs", "stds", "ensemble_standard_error"), bin.get("field_names"));
            for (String name : List.of("evs", "stds", "ensemble_standard_error")) {
                Decoded d = ndarray(((Map<String, Object>) bin.get("fields")).get(name));
                assertArrayEquals(shapes[i], d.shape());
                assertEquals("<f8", d.descr());
                List<Double> expected = new ArrayList<>();
                flattenNumbers(at(plain, "results", i, "data", name), expected);
                assertEquals(expected.size(), d.values().length);
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(Double.doubleToLongBits(expected.get(k)), Double.doubleToLongBits(d.values()[k]), name + k);
                }
            }
        }
        Decoded bell = ndarray(((Map<String, Object>) ((Map<String, Object>) value(
                ((Map<String, Object>) value(pubResults.get(1), "PubResult")).get("data"), "DataBin")).get("fields")).get("evs"));
        assertEquals(1.0, bell.values()[0], 1e-12);
    }

    @SuppressWarnings("unchecked")
    private static void flattenNumbers(Object nested, List<Double> out) {
        if (nested instanceof Number n) {
            out.add(n.doubleValue());
        } else {
            for (Object o : (List<Object>) nested) {
                flattenNumbers(o, out);
            }
        }
    }
}

package io.qrun.engine.primitives;

import io.qrun.engine.qiskit.CompressedBase64;
import io.qrun.engine.qiskit.NpyArray;
import io.qrun.engine.qiskit.NpyWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's result in the Qiskit client's typed encoding, the form qiskit_ibm_runtime's
 * RuntimeDecoder turns back into objects: {@code PrimitiveResult} of {@code SamplerPubResult}s
 * (Sampler) or {@code PubResult}s (Estimator), each with a {@code DataBin} ({@code field_names},
 * {@code shape}, {@code fields}) and its metadata. A classical register becomes a {@code BitArray}
 * ({@code array}: uint8 of shape {@code (*pub_shape, shots, ceil(num_bits/8))}, each shot's bits
 * as big-endian bytes so bit 0 of the register is the lowest bit of the last byte; {@code num_bits});
 * {@code evs}, {@code stds} and {@code ensemble_standard_error} become float64 arrays of the PUB's
 * shape; the Sampler's execution spans become {@code ExecutionSpans}. Arrays are npy,
 * zlib-compressed and base64-encoded, as the client writes them. A pure function of the plain
 * result and the job: it computes nothing new.
 */
final class QiskitResultEncoder {

    private static final List<String> ESTIMATOR_FIELDS = List.of("evs", "stds", "ensemble_standard_error");

    private QiskitResultEncoder() {}

    /** {@code plain} is what {@link PrimitiveEngine#assemble} builds for {@code spec}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> encode(JobSpec spec, Map<String, Object> plain) {
        List<Object> results = (List<Object>) plain.get("results");
        List<Object> pubResults = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> result = (Map<String, Object>) results.get(i);
            DecodedPub pub = spec.pub(i);
            Map<String, Object> data = (Map<String, Object>) result.get("data");
            Map<String, Object> value = new LinkedHashMap<>();
            if (pub instanceof SamplerPub s) {
                value.put("data", samplerData(s, data));
                value.put("metadata", result.get("metadata"));
                pubResults.add(typed("SamplerPubResult", value));
            } else {
                value.put("data", estimatorData(pub.shape(), data));
                value.put("metadata", result.get("metadata"));
                pubResults.add(typed("PubResult", value));
            }
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("pub_results", pubResults);
        value.put("metadata", metadata(spec, (Map<String, Object>) plain.get("metadata")));
        return typed("PrimitiveResult", value);
    }

    /**
     * The job metadata, with the Sampler's execution spans ({"start", "stop", "pub_indices"}) as the
     * client's {@code ExecutionSpans} of {@code DoubleSliceSpan}s: each PUB it covers maps to
     * {@code (shape + (shots,), 0, sets, 0, shots)}, all of its parameter sets and shots. Spans of
     * another form are left as they are.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(JobSpec spec, Map<String, Object> plain) {
        if (!(plain.get("execution") instanceof Map<?, ?> execution)
                || !(execution.get("execution_spans") instanceof List<?> spans)) {
            return plain;
        }
        List<Object> typedSpans = new ArrayList<>();
        for (Object o : spans) {
            if (!(o instanceof Map<?, ?> span) || !(span.get("start") instanceof String start)
                    || !(span.get("stop") instanceof String stop) || !(span.get("pub_indices") instanceof List<?> pubs)) {
                return plain;
            }
            Map<String, Object> slices = new LinkedHashMap<>();
            for (Object p : pubs) {
                if (!(p instanceof Number n) || n.intValue() < 0 || n.intValue() >= spec.numPubs()
                        || !(spec.pub(n.intValue()) instanceof SamplerPub pub)) {
                    return plain;
                }
                List<Object> shape = new ArrayList<>();
                for (int d : pub.shape()) {
                    shape.add(d);
                }
                shape.add(pub.shots());
                slices.put(Integer.toString(n.intValue()), List.of(shape, 0, pub.values().numSets(), 0, pub.shots()));
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("start", typed("datetime", start));
            value.put("stop", typed("datetime", stop));
            value.put("data_slices", slices);
            typedSpans.add(typed("DoubleSliceSpan", value));
        }
        Map<String, Object> out = new LinkedHashMap<>(plain);
        Map<String, Object> exec = new LinkedHashMap<>((Map<String, Object>) execution);
        exec.put("execution_spans", typed("ExecutionSpans", Map.of("spans", typedSpans)));
        out.put("execution", exec);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> samplerData(SamplerPub pub, Map<String, Object> data) {
        int[] shape = pub.shape();
        int sets = (int) Shapes.size(shape);
        int shots = pub.shots();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            Map<String, Object> field = (Map<String, Object>) e.getValue();
            int numBits = ((Number) field.get("num_bits")).intValue();
            int bytesPerShot = (numBits + 7) / 8;
            byte[] array = new byte[sets * shots * bytesPerShot];
            List<Object> perSet = leaves(field.get("samples"), shape.length);
            for (int k = 0; k < sets; k++) {
                List<String> samples = (List<String>) perSet.get(k);
                for (int s = 0; s < shots; s++) {
                    byte[] big = new BigInteger(samples.get(s).substring(2), 16).toByteArray();
                    int at = (k * shots + s + 1) * bytesPerShot;
                    // toByteArray is big-endian with a possible leading sign byte: copy the low bytes right-aligned
                    for (int b = 0; b < Math.min(bytesPerShot, big.length); b++) {
                        array[at - 1 - b] = big[big.length - 1 - b];
                    }
                }
            }
            int[] arrayShape = new int[shape.length + 2];
            System.arraycopy(shape, 0, arrayShape, 0, shape.length);
            arrayShape[shape.length] = shots;
            arrayShape[shape.length + 1] = bytesPerShot;
            Map<String, Object> bitArray = new LinkedHashMap<>();
            bitArray.put("array", ndarray(NpyArray.uint8(arrayShape, array)));
            bitArray.put("num_bits", numBits);
            fields.put(e.getKey(), typed("BitArray", bitArray));
        }
        return dataBin(shape, fields);
    }

    private static Map<String, Object> estimatorData(int[] shape, Map<String, Object> data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : ESTIMATOR_FIELDS) {
            List<Object> leaves = leaves(data.get(name), shape.length);
            double[] values = new double[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) leaves.get(i)).doubleValue();
            }
            fields.put(name, ndarray(NpyArray.float64(shape, values)));
        }
        return dataBin(shape, fields);
    }

    private static Map<String, Object> dataBin(int[] shape, Map<String, Object> fields) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("field_names", new ArrayList<>(fields.keySet()));
        List<Integer> shapeList = new ArrayList<>();
        for (int d : shape) {
            shapeList.add(d);
        }
        value.put("shape", shapeList);
        value.put("fields", fields);
        return typed("DataBin", value);
    }

    /** The row-major leaves of nested lists {@code depth} deep (the value itself for depth 0). */
    @SuppressWarnings("unchecked")
    private static List<Object> leaves(Object nested, int depth) {
        List<Object> out = new ArrayList<>();
        collect(nested, depth, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object nested, int depth, List<Object> out) {
        if (depth == 0) {
            out.add(nested);
            return;
        }
        for (Object o : (List<Object>) nested) {
            collect(o, depth - 1, out);
        }
    }

    private static Map<String, Object> ndarray(NpyArray array) {
        return typed("ndarray", CompressedBase64.encode(NpyWriter.write(array)));
    }

    private static Map<String, Object> typed(String type, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("__type__", type);
        m.put("__value__", value);
        return m;
    }
}

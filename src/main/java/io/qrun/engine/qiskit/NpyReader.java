package io.qrun.engine.qiskit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads numpy's {@code .npy} format (versions 1.0, 2.0 and 3.0): the magic {@code \x93NUMPY}, the
 * version, a little-endian header length (2 bytes in 1.0, 4 in 2.0 and 3.0), the header (a Python
 * dict literal with {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'}) and the data in C
 * order. Only the dtypes of {@link NpyDtype} and C order are accepted; every size is checked
 * against the bytes that remain and against the caller's element limit before anything is
 * allocated.
 */
public final class NpyReader {

    private static final int MAX_HEADER = 65_536;
    private static final int MAX_DIMENSIONS = 32;

    private NpyReader() {}

    /** Reads {@code npy}; at most {@code maxElements} elements are accepted. */
    public static NpyArray read(byte[] npy, long maxElements) {
        if (npy.length < 10 || (npy[0] & 0xff) != 0x93 || npy[1] != 'N' || npy[2] != 'U' || npy[3] != 'M' || npy[4] != 'P'
                || npy[5] != 'Y') {
            throw new QiskitWireException("not an .npy array: it does not start with \\x93NUMPY");
        }
        int major = npy[6] & 0xff;
        int minor = npy[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw new QiskitWireException(".npy format version " + major + "." + minor + " is not supported (1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (npy.length < 8 + lengthBytes) {
            throw new QiskitWireException("the .npy header length is truncated");
        }
        long headerLength = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) {
            headerLength = (headerLength << 8) | (npy[8 + i] & 0xff);
        }
        int headerStart = 8 + lengthBytes;
        if (headerLength > MAX_HEADER || headerLength > npy.length - headerStart) {
            throw new QiskitWireException("the .npy header claims " + headerLength + " bytes but "
                    + (npy.length - headerStart) + " remain");
        }
        String header = new String(npy, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = HeaderParser.parse(header);
        if (!dict.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
            throw new QiskitWireException("the .npy header must have exactly the keys descr, fortran_order and shape, found "
                    + dict.keySet());
        }
        if (!(dict.get("descr") instanceof String descr)) {
            throw new QiskitWireException("the .npy dtype ('descr') must be a string, found " + dict.get("descr"));
        }
        NpyDtype dtype = NpyDtype.byDescr(descr).orElseThrow(() -> new QiskitWireException("the .npy dtype '" + descr
                + "' is not supported; Qrun reads <f8, <f4, <i8, <i4, |u1 and |b1"));
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new QiskitWireException("the .npy 'fortran_order' must be True or False");
        }
        if (fortran) {
            throw new QiskitWireException("Fortran-ordered .npy arrays are not supported; send a C-ordered array "
                    + "(numpy.ascontiguousarray)");
        }
        if (!(dict.get("shape") instanceof List<?> dims)) {
            throw new QiskitWireException("the .npy 'shape' must be a tuple of integers");
        }
        if (dims.size() > MAX_DIMENSIONS) {
            throw new QiskitWireException("the .npy array has " + dims.size() + " dimensions, more than " + MAX_DIMENSIONS);
        }
        int[] shape = new int[dims.size()];
        long elements = 1;
        for (int i = 0; i < shape.length; i++) {
            long d = (Long) dims.get(i);
            if (d < 0 || d > Integer.MAX_VALUE) {
                throw new QiskitWireException("the .npy shape has dimension " + d);
            }
            shape[i] = (int) d;
            elements *= d;
            if (elements > maxElements) {
                throw new QiskitWireException("the .npy array has more than " + maxElements + " elements, the limit");
            }
        }
        long dataStart = headerStart + headerLength;
        long expected = elements * dtype.itemSize();
        if (npy.length - dataStart != expected) {
            throw new QiskitWireException("the .npy array of shape " + HeaderParser.tuple(shape) + " and dtype " + descr
                    + " needs " + expected + " data bytes, found " + (npy.length - dataStart));
        }
        byte[] data = java.util.Arrays.copyOfRange(npy, (int) dataStart, npy.length);
        return new NpyArray(dtype, shape, data);
    }

    /** The few Python literals an .npy header holds: strings, True/False, tuples of integers, in a dict. */
    static final class HeaderParser {
        private final String s;
        private int i;

        private HeaderParser(String s) {
            this.s = s;
        }

        static Map<String, Object> parse(String header) {
            HeaderParser p = new HeaderParser(header);
            Map<String, Object> dict = p.dict();
            p.space();
            if (p.i != p.s.length()) {
                throw new QiskitWireException("unexpected text after the .npy header dict");
            }
            return dict;
        }

        private Map<String, Object> dict() {
            space();
            expect('{');
            Map<String, Object> out = new HashMap<>();
            while (true) {
                space();
                if (peek() == '}') {
                    i++;
                    return out;
                }
                String key = string();
                space();
                expect(':');
                space();
                if (out.put(key, value()) != null) {
                    throw new QiskitWireException("the .npy header repeats the key '" + key + "'");
                }
                space();
                if (peek() == ',') {
                    i++;
                } else if (peek() != '}') {
                    throw new QiskitWireException("expected ',' or '}' in the .npy header at character " + i);
                }
            }
        }

        private Object value() {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (s.startsWith("True", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (c == '(') {
                i++;
                List<Long> items = new ArrayList<>();
                while (true) {
                    space();
                    if (peek() == ')') {
                        i++;
                        return items;
                    }
                    int start = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 12) {
                        i++;
                    }
                    if (i == start || i < s.length() && Character.isDigit(s.charAt(i))) {
                        throw new QiskitWireException("expected a dimension in the .npy shape at character " + start);
                    }
                    items.add(Long.parseLong(s.substring(start, i)));
                    space();
                    if (peek() == ',') {
                        i++;
                    } else if (peek() != ')') {
                        throw new QiskitWireException("expected ',' or ')' in the .npy shape at character " + i);
                    }
                }
            }
            throw new QiskitWireException("unexpected value in the .npy header at character " + i);
        }

        private String string() {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw new QiskitWireException("expected a quoted string in the .npy header at character " + i);
            }
            int end = s.indexOf(quote, i + 1);
            if (end < 0) {
                throw new QiskitWireException("an unterminated string in the .npy header");
            }
            String v = s.substring(i + 1, end);
            i = end + 1;
            return v;
        }

        private void space() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private char peek() {
            if (i >= s.length()) {
                throw new QiskitWireException("the .npy header ends early");
            }
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new QiskitWireException("expected '" + c + "' in the .npy header at character " + i);
            }
            i++;
        }

        /** numpy's tuple notation: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
        static String tuple(int[] shape) {
            if (shape.length == 1) {
                return "(" + shape[0] + ",)";
            }
            StringBuilder sb = new StringBuilder("(");
            for (int k = 0; k < shape.length; k++) {
                sb.append(k == 0 ? "" : ", ").append(shape[k]);
            }
            return sb.append(')').toString();
        }
    }
}

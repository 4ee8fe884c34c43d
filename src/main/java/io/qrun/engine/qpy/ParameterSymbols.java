package io.qrun.engine.qpy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The circuit's parameters as QPY names them: a {@code Parameter} by name and UUID, a
 * {@code ParameterVectorElement} by vector name, index and UUID. Its name in the circuit model is
 * Qiskit's ({@code theta} or {@code theta[3]}), and the order of {@link #sorted} is Qiskit's
 * {@code circuit.parameters}: by base name (compared by code point, as Qiskit compares UTF-8
 * strings), a standalone parameter before vector elements of the same name, elements by index.
 * One table serves a whole payload, because nested circuits share their parent's parameters.
 */
final class ParameterSymbols {

    /** One symbol; {@code index} is -1 for a standalone parameter. */
    record Symbol(String name, String base, long index) {}

    private final Map<String, Symbol> byUuid = new HashMap<>();
    private final Map<String, String> uuidByName = new HashMap<>();

    /** Registers (or finds) the symbol with this UUID and returns its circuit-model name. */
    String define(byte[] uuid, String base, long index, long at) {
        String key = hex(uuid);
        String name = index < 0 ? base : base + "[" + index + "]";
        Symbol known = byUuid.get(key);
        if (known != null) {
            if (!known.name().equals(name)) {
                throw new QpyException(at, "the parameter UUID " + key + " names both '" + known.name() + "' and '"
                        + name + "'");
            }
            return name;
        }
        String other = uuidByName.putIfAbsent(name, key);
        if (other != null && !other.equals(key)) {
            throw new QpyException(at, "two different parameters are both named '" + name
                    + "'; a circuit's parameter names must be unique");
        }
        byUuid.put(key, new Symbol(name, base, index));
        return name;
    }

    /** The symbol with this UUID, or null. */
    Symbol byUuid(byte[] uuid) {
        return byUuid.get(hex(uuid));
    }

    Symbol byName(String name) {
        String uuid = uuidByName.get(name);
        return uuid == null ? null : byUuid.get(uuid);
    }

    /** The names among {@code names}, in Qiskit's parameter order. */
    List<String> sorted(Collection<String> names) {
        List<Symbol> symbols = new ArrayList<>();
        for (String n : names) {
            Symbol s = byName(n);
            if (s == null) {
                throw new IllegalStateException("no QPY symbol for parameter " + n);
            }
            symbols.add(s);
        }
        symbols.sort(Comparator.comparing(Symbol::base, ParameterSymbols::compareUtf8)
                .thenComparingLong(Symbol::index));
        List<String> out = new ArrayList<>(symbols.size());
        for (Symbol s : symbols) {
            out.add(s.name());
        }
        return out;
    }

    /** Byte order of the UTF-8 encodings, which is code-point order. */
    static int compareUtf8(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    private static String hex(byte[] uuid) {
        StringBuilder sb = new StringBuilder(32);
        for (byte b : uuid) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}

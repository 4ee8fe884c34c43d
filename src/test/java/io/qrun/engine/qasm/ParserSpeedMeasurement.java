package io.qrun.engine.qasm;

import io.qrun.engine.circuit.Circuit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Measures parse time of a 10,000-gate circuit (Qiskit-style: rz/sx/cx on physical qubits with
 * symbolic arguments) and of a 1,000,000-statement program. Run by hand, not by the test suite:
 * {@code java -cp target/classes:target/test-classes io.qrun.engine.qasm.ParserSpeedMeasurement}.
 *
 * <p>Measured 2026-11-27 on the shared 2-core build machine (load average about 20, so wall time
 * is mostly waiting for a core): 10,000 gates 3.4-3.8 ms thread CPU (wall median 12-19 ms);
 * 1,000,000 statements 0.2-0.9 s thread CPU (wall 2-9 s, mostly GC of the retained instructions).
 */
public final class ParserSpeedMeasurement {

    private ParserSpeedMeasurement() {}

    public static void main(String[] args) {
        String tenThousand = circuit(10_000);
        String million = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\n" + "x $0;\n".repeat(1_000_000);
        QasmParser parser = new QasmParser();
        report("10,000 gates, " + tenThousand.length() + " chars", parser, tenThousand, 200);
        report("1,000,000 statements, " + million.length() + " chars", parser, million, 5);
    }

    static String circuit(int gates) {
        StringBuilder b = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninput float[64] _t_0_;\n"
                + "input float[64] _t_1_;\nbit[20] c;\n");
        for (int i = 0; i < gates; i++) {
            int q = i % 20;
            switch (i % 4) {
                case 0 -> b.append("rz(pi/2 + 2*_t_0_) $").append(q).append(";\n");
                case 1 -> b.append("sx $").append(q).append(";\n");
                case 2 -> b.append("cx $").append(q).append(", $").append((q + 1) % 20).append(";\n");
                default -> b.append("rz(-_t_1_/4) $").append(q).append(";\n");
            }
        }
        for (int q = 0; q < 20; q++) {
            b.append("c[").append(q).append("] = measure $").append(q).append(";\n");
        }
        return b.toString();
    }

    private static void report(String label, QasmParser parser, String source, int runs) {
        for (int i = 0; i < Math.max(3, runs / 4); i++) {
            parser.parse(source); // JIT warm-up
        }
        // CPU time of this thread as well as wall time: on a shared, loaded machine wall time mostly
        // measures waiting for a core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        int instructions = 0;
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Circuit c = parser.parse(source);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            instructions = c.instructions().size();
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("%s: %d instructions; wall median %.2f ms (min %.2f, max %.2f); thread CPU median %.2f ms"
                + " (min %.2f) over %d runs%n", label, instructions, millis[runs / 2], millis[0], millis[runs - 1],
                cpuMillis[runs / 2], cpuMillis[0], runs);
    }
}

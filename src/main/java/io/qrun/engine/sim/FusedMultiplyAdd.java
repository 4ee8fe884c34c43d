package io.qrun.engine.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;

/**
 * Whether the dense 4x4 kernels of both families sum with fused multiply-adds ({@link Math#fma},
 * {@code DoubleVector.fma}): one rounding per product-and-add instead of two, half the arithmetic
 * instructions. Both families then run the same fma sequence, so they still agree bitwise. Only
 * when the JIT compiles {@code Math.fma} to the CPU's FMA instruction (HotSpot's {@code UseFMA}):
 * without it {@code Math.fma} is a software routine many times slower than a multiply and an add.
 * The option is read from HotSpot's diagnostic MXBean, looked up by name through the platform
 * class loader (the engine uses no management API beyond java.lang.management, and a deployment
 * need not see the jdk.management module); when it cannot be read, fma stays off. {@code
 * -Dqrun.engine.fma=false} turns it off. Fixed per JVM, so results never depend on thread counts.
 */
final class FusedMultiplyAdd {

    static final String DISABLE_PROPERTY = "qrun.engine.fma";

    /** True when the 4x4 kernels fuse their multiply-adds in this JVM. */
    static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY)) && cpuHasFma();

    private FusedMultiplyAdd() {}

    /** For the engine's log line: how the dense 4x4 kernels sum. */
    static String description() {
        return ENABLED ? "dense 4x4 with fused multiply-add" : "dense 4x4 without fused multiply-add";
    }

    private static boolean cpuHasFma() {
        try {
            Class<? extends PlatformManagedObject> type = Class.forName("com.sun.management.HotSpotDiagnosticMXBean",
                    false, ClassLoader.getPlatformClassLoader()).asSubclass(PlatformManagedObject.class);
            Object bean = ManagementFactory.getPlatformMXBean(type);
            Object option = type.getMethod("getVMOption", String.class).invoke(bean, "UseFMA");
            return "true".equals(option.getClass().getMethod("getValue").invoke(option));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.getLogger("io.qrun.engine.sim").log(System.Logger.Level.DEBUG, "UseFMA unknown: no fma", e);
            return false;
        }
    }
}

package io.qrun.engine.qpy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only QPY writer for synthetic payloads: it lays out bytes as Qiskit's format documentation
 * (qiskit/qpy/__init__.py) and its Rust writer do, for constructs the real corpus lacks. It checks
 * nothing; tests use it to build both valid payloads and deliberately broken ones.
 */
public final class QpyTestWriter {

    final int version;

    public QpyTestWriter(int version) {
        this.version = version;
    }

    /** A growing big-endian byte buffer. */
    public static final class Buf {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Buf u8(int v) {
            out.write(v);
            return this;
        }

        public Buf u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        public Buf u32(long v) {
            return u16((int) (v >>> 16) & 0xffff).u16((int) v & 0xffff);
        }

        public Buf u64(long v) {
            return u32(v >>> 32).u32(v & 0xffffffffL);
        }

        public Buf f64(double v) {
            return u64(Double.doubleToLongBits(v));
        }

        public Buf le64(long v) {
            for (int i = 0; i < 8; i++) {
                u8((int) (v >>> (8 * i)) & 0xff);
            }
            return this;
        }

        public Buf ch(char c) {
            return u8(c);
        }

        public Buf raw(byte[] b) {
            out.write(b, 0, b.length);
            return this;
        }

        public Buf str(String s) {
            return raw(s.getBytes(StandardCharsets.UTF_8));
        }

        public byte[] bytes() {
            return out.toByteArray();
        }

        public int size() {
            return out.size();
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A deterministic 16-byte UUID per name. */
    public static byte[] uuid(String name) {
        byte[] u = new byte[16];
        byte[] n = utf8(name);
        for (int i = 0; i < 16; i++) {
            u[i] = (byte) (i * 31 + (i < n.length ? n[i] : 7));
        }
        return u;
    }

    // ---- values: a type char, a u64 size, the data

    public static byte[] typed(char type, byte[] data) {
        return new Buf().ch(type).u64(data.length).raw(data).bytes();
    }

    /** An instruction float: little-endian up to QPY 17. */
    public byte[] f(double v) {
        Buf b = new Buf();
        if (version <= 17) {
            b.le64(Double.doubleToLongBits(v));
        } else {
            b.f64(v);
        }
        return typed('f', b.bytes());
    }

    public byte[] i(long v) {
        return typed('i', version <= 17 ? new Buf().le64(v).bytes() : new Buf().u64(v).bytes());
    }

    public static byte[] bigEndianFloat(double v) {
        return typed('f', new Buf().f64(v).bytes());
    }

    public static byte[] parameterStruct(String name) {
        return new Buf().u16(utf8(name).length).raw(uuid(name)).str(name).bytes();
    }

    public static byte[] vectorStruct(String name, long size, long index) {
        return new Buf().u16(utf8(name).length).u64(size).raw(uuid(name + "[" + index + "]")).u64(index).str(name).bytes();
    }

    public static byte[] param(String name) {
        return typed('p', parameterStruct(name));
    }

    public static byte[] vectorElement(String name, long size, long index) {
        return typed('v', vectorStruct(name, size, index));
    }

    /** An .npy payload with this header dict content (as numpy writes it, padded to 64 bytes) and data. */
    public static byte[] npy(String descr, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int pad = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        return new Buf().u8(0x93).str("NUMPY").u8(1).u8(0).u8(header.length() & 0xff).u8(header.length() >>> 8)
                .str(header).raw(data).bytes();
    }

    public static byte[] text(String s) {
        return typed('s', utf8(s));
    }

    public static byte[] none() {
        return typed('z', new byte[0]);
    }

    public static byte[] block(byte[] circuitBody) {
        return typed('q', circuitBody);
    }

    public static byte[] registerRef(String name) {
        return utf8(name);
    }

    public static byte[] clbitRef(int index) {
        return utf8("\0" + index);
    }

    /** A parameter-expression replay and its symbol table. */
    public static final class Expression {
        final Buf replay = new Buf();
        final Buf symbols = new Buf();
        int symbolCount;

        /** Declares a standalone parameter in the symbol table. */
        public Expression symbol(String name) {
            symbols.ch('p').ch('p').u64(0).raw(parameterStruct(name));
            symbolCount++;
            return this;
        }

        public Expression vectorSymbol(String name, long size, long index) {
            symbols.ch('v').ch('v').u64(0).raw(vectorStruct(name, size, index));
            symbolCount++;
            return this;
        }

        /** One 35-byte element; operands are "n", "p:NAME", "v:NAME[i]", "f:VALUE" or "i:VALUE". */
        public Expression op(int code, String lhs, String rhs) {
            replay.u8(code);
            operand(lhs);
            operand(rhs);
            return this;
        }

        public Expression marker(char lhs, char rhs) {
            replay.u8(255).ch(lhs).raw(new byte[16]).ch(rhs).raw(new byte[16]);
            return this;
        }

        private void operand(String spec) {
            if (spec.equals("n")) {
                replay.ch('n').raw(new byte[16]);
            } else if (spec.startsWith("p:")) {
                replay.ch('p').raw(uuid(spec.substring(2)));
            } else if (spec.startsWith("v:")) {
                replay.ch('p').raw(uuid(spec.substring(2)));
            } else if (spec.startsWith("f:")) {
                replay.ch('f').u64(0).f64(Double.parseDouble(spec.substring(2)));
            } else if (spec.startsWith("i:")) {
                replay.ch('i').u64(0).u64(Long.parseLong(spec.substring(2)));
            } else {
                throw new IllegalArgumentException(spec);
            }
        }

        public byte[] bytes() {
            byte[] r = replay.bytes();
            return new Buf().u64(symbolCount).u64(r.length).raw(r).raw(symbols.bytes()).bytes();
        }

        public byte[] typed() {
            return QpyTestWriter.typed('e', bytes());
        }
    }

    // ---- instructions

    public static final class Inst {
        public String name;
        int[] qubits = new int[0];
        int[] clbits = new int[0];
        List<byte[]> params = new ArrayList<>();
        public int conditionKind;
        public byte[] conditionRegister = new byte[0];
        long conditionValue;
        long numCtrl;
        long ctrlState;
        String label = "";

        Inst(String name) {
            this.name = name;
        }

        public Inst q(int... q) {
            qubits = q;
            return this;
        }

        public Inst c(int... c) {
            clbits = c;
            return this;
        }

        public Inst p(byte[]... p) {
            params.addAll(List.of(p));
            return this;
        }

        public Inst ctrl(long n, long state) {
            numCtrl = n;
            ctrlState = state;
            return this;
        }

        public Inst condition(byte[] register, long value) {
            conditionKind = 1;
            conditionRegister = register;
            conditionValue = value;
            return this;
        }

        public byte[] bytes(boolean withBits) {
            Buf b = new Buf();
            b.u16(utf8(name).length).u16(utf8(label).length).u16(params.size()).u32(qubits.length).u32(clbits.length)
                    .u8(conditionKind).u16(conditionRegister.length).u64(conditionValue).u32(numCtrl).u32(ctrlState)
                    .str(name).str(label).raw(conditionRegister);
            if (withBits) {
                for (int q : qubits) {
                    b.ch('q').u32(q);
                }
                for (int c : clbits) {
                    b.ch('c').u32(c);
                }
            }
            for (byte[] p : params) {
                b.raw(p);
            }
            return b.bytes();
        }
    }

    public static Inst inst(String name) {
        return new Inst(name);
    }

    // ---- circuits

    public final class Body {
        public String name = "circuit-1";
        public int numQubits;
        public int numClbits;
        public byte[] globalPhase = bigEndianFloat(0);
        final List<byte[]> registers = new ArrayList<>();
        int numRegisters;
        final List<byte[]> customs = new ArrayList<>();
        final List<Inst> instructions = new ArrayList<>();
        public boolean layout;
        public String metadata = "{}";

        Body(int numQubits, int numClbits) {
            this.numQubits = numQubits;
            this.numClbits = numClbits;
        }

        public Body register(char type, String name, boolean inCircuit, long... indices) {
            Buf b = new Buf().ch(type).u8(1).u32(indices.length).u16(utf8(name).length).u8(inCircuit ? 1 : 0).str(name);
            for (long i : indices) {
                b.u64(i);
            }
            registers.add(b.bytes());
            numRegisters++;
            return this;
        }

        public Body qreg(String name, int size) {
            long[] idx = new long[size];
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            return register('q', name, true, idx);
        }

        public Body creg(String name, int offset, int size) {
            long[] idx = new long[size];
            for (int i = 0; i < size; i++) {
                idx[i] = offset + i;
            }
            return register('c', name, true, idx);
        }

        public Body add(Inst i) {
            instructions.add(i);
            return this;
        }

        /** A custom definition row: type 'g', 'i', 'c' or 'a'. */
        public Body custom(String name, char type, int nq, int nc, byte[] definition, long numCtrl, long ctrlState, byte[] base) {
            Buf b = new Buf().u16(utf8(name).length).ch(type).u32(nq).u32(nc).u8(definition == null ? 0 : 1)
                    .u64(definition == null ? 0 : definition.length).u32(numCtrl).u32(ctrlState)
                    .u64(base == null ? 0 : base.length).str(name);
            if (definition != null) {
                b.raw(definition);
            }
            if (base != null) {
                b.raw(base);
            }
            customs.add(b.bytes());
            return this;
        }

        public byte[] bytes() {
            Buf b = new Buf();
            byte[] phaseData = java.util.Arrays.copyOfRange(globalPhase, 9, globalPhase.length);
            b.u16(utf8(name).length).ch((char) globalPhase[0]).u16(phaseData.length).u32(numQubits).u32(numClbits)
                    .u64(utf8(metadata).length).u32(numRegisters).u64(instructions.size()).u32(0)
                    .str(name).raw(phaseData).str(metadata);
            registers.forEach(b::raw);
            if (version >= 15) {
                b.u32(0);
            }
            b.u64(customs.size());
            customs.forEach(b::raw);
            for (Inst i : instructions) {
                b.raw(i.bytes(true));
            }
            b.u16(0); // calibrations
            b.u8(layout ? 1 : 0).u32(-1).u32(-1).u32(-1).u32(0).u32(0);
            return b.bytes();
        }
    }

    public Body body(int numQubits, int numClbits) {
        return new Body(numQubits, numClbits);
    }

    /** The file: magic, header, program type, (16+) start table, then the one circuit. */
    public byte[] file(Body circuit) {
        Buf b = new Buf().str("QISKIT").u8(version).u8(2).u8(3).u8(0).u64(1).ch('p').ch('q');
        if (version >= 16) {
            b.u64(b.size() + 8);
        }
        return b.raw(circuit.bytes()).bytes();
    }
}

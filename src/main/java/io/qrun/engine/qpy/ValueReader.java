package io.qrun.engine.qpy;

import io.qrun.engine.qiskit.NpyArray;
import io.qrun.engine.qiskit.NpyDtype;
import io.qrun.engine.qiskit.NpyReader;
import io.qrun.engine.qiskit.QiskitWireException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one typed QPY value ({@code INSTRUCTION_PARAM}: a type char, a u64 size, that many
 * bytes) into a {@link QpyValue}. Integers and floats of instruction parameters are little-endian
 * up to QPY 17 (Qiskit's writer did so until version 18 fixed it); a global phase is big-endian.
 */
final class ValueReader {

    private final int version;
    private final ParameterExpressionReader expressions;
    private final CircuitBodyReader circuits;
    private final ClassicalExpressionReader classical;

    ValueReader(int version, ParameterExpressionReader expressions, CircuitBodyReader circuits,
            ClassicalExpressionReader classical) {
        this.version = version;
        this.expressions = expressions;
        this.circuits = circuits;
        this.classical = classical;
    }

    /** A type char, a u64 size and the value's bytes. */
    QpyValue readTyped(ByteReader in, boolean littleEndianNumbers, int depth) {
        char type = in.ascii("value type");
        long size = in.u64("value size");
        ByteReader data = in.slice(size, "value of type '" + ParameterExpressionReader.printable(type) + "'");
        return decode(type, data, littleEndianNumbers, depth);
    }

    QpyValue decode(char type, ByteReader data, boolean littleEndianNumbers, int depth) {
        long at = data.position();
        QpyValue value;
        switch (type) {
            case 'f':
                value = new QpyValue.Number(littleEndianNumbers ? data.f64LittleEndian("float value") : data.f64("float value"));
                break;
            case 'i':
                value = new QpyValue.Number(littleEndianNumbers ? data.i64LittleEndian("integer value") : data.i64("integer value"));
                break;
            case 'c': {
                double re = data.f64("complex real part");
                double im = data.f64("complex imaginary part");
                if (im != 0) {
                    throw new QpyException(at, "a complex gate parameter (" + re + " + " + im + "j) is not supported by Qrun");
                }
                value = new QpyValue.Number(re);
                break;
            }
            case 'p':
                value = new QpyValue.Symbolic(new io.qrun.engine.circuit.ParameterRef(expressions.readParameter(data)));
                break;
            case 'v':
                value = new QpyValue.Symbolic(new io.qrun.engine.circuit.ParameterRef(expressions.readVectorElement(data)));
                break;
            case 'e':
                value = new QpyValue.Symbolic(expressions.readExpression(data));
                break;
            case 's':
                value = new QpyValue.Text(data.utf8(data.remaining(), "string value"));
                break;
            case 'z':
                value = new QpyValue.Null();
                break;
            case 'q':
                value = new QpyValue.Block(circuits.read(data, depth + 1));
                break;
            case 'R':
                value = register(data);
                break;
            case 't': {
                long count = data.u64("tuple length");
                // each element takes at least 9 bytes (type and size): a count beyond that is corrupt
                data.requireItems(count, 9, "tuple elements");
                List<QpyValue> items = new ArrayList<>((int) count);
                for (long i = 0; i < count; i++) {
                    items.add(readTyped(data, littleEndianNumbers, depth));
                }
                value = new QpyValue.Tuple(items);
                break;
            }
            case 'm': {
                char kind = data.ascii("modifier type");
                long numCtrl = data.u32("modifier control qubits");
                long ctrlState = data.u32("modifier control state");
                double power = data.f64("modifier power");
                value = new QpyValue.Modifier(kind, numCtrl, ctrlState, power);
                break;
            }
            case 'n':
                value = numpy(data);
                break;
            case 'x':
                value = new QpyValue.Classical(classical.read(data, 0));
                break;
            case 'r':
                data.skip(data.remaining(), "range");
                value = new QpyValue.Opaque(type, "a range");
                break;
            case 'd':
                value = new QpyValue.Opaque(type, "the default case of a switch");
                break;
            case 'a':
                data.skip(data.remaining(), "annotation");
                value = new QpyValue.Opaque(type, "an annotation");
                break;
            default:
                throw new QpyException(at - 9, "unknown value type '" + ParameterExpressionReader.printable(type) + "'");
        }
        if (!data.atEnd()) {
            throw data.error(data.remaining() + " unexpected bytes after a value of type '" + type + "'");
        }
        return value;
    }

    /** A numpy scalar (np.float32, np.int64, ... are stored as .npy) is a number; any other array is kept opaque. */
    private static QpyValue numpy(ByteReader data) {
        long at = data.position();
        byte[] npy = data.bytes(data.remaining(), "numpy data");
        try {
            NpyArray array = NpyReader.read(npy, 1 << 20);
            if (array.shape().length == 0 && array.dtype() != NpyDtype.BOOL) {
                return new QpyValue.Number(array.doubleAt(0));
            }
        } catch (QiskitWireException e) {
            if (npy.length < 10 || (npy[0] & 0xff) != 0x93) {
                throw new QpyException(at, "a numpy value: " + e.getMessage());
            }
            // a valid .npy of a dtype Qrun does not read (complex, object...): only a gate that needs it fails
        }
        return new QpyValue.Opaque('n', "a numpy array");
    }

    /** A register reference up to QPY 17: a register name, or "\0" and the clbit index in decimal. */
    QpyValue.RegisterRef register(ByteReader data) {
        long at = data.position();
        if (version >= 18) {
            throw new QpyException(at, "QPY 18 register references are not read");
        }
        String text = data.utf8(data.remaining(), "register reference");
        if (text.isEmpty()) {
            throw new QpyException(at, "an empty register reference");
        }
        if (text.charAt(0) == '\0') {
            String digits = text.substring(1);
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
                throw new QpyException(at, "expected a clbit index after the NUL of a bit reference, found '" + digits + "'");
            }
            return new QpyValue.RegisterRef(null, Integer.parseInt(digits));
        }
        return new QpyValue.RegisterRef(text, -1);
    }
}

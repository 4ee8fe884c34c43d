package io.qrun.engine.qpy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * A cursor over a slice of the QPY payload. QPY is big-endian except the integer and float
 * instruction parameters of versions up to 17 (little-endian, a known quirk of Qiskit's writer).
 * Every read first checks that enough bytes remain, so a length field can never make the reader
 * allocate more than the payload holds; errors carry the absolute offset in the whole payload.
 */
final class ByteReader {

    private final byte[] data;
    private final int end;
    private int position;

    ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ByteReader(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
    }

    /** Absolute offset of the next byte. */
    int position() {
        return position;
    }

    int remaining() {
        return end - position;
    }

    boolean atEnd() {
        return position == end;
    }

    QpyException error(String detail) {
        return new QpyException(position, detail);
    }

    /** Checks that {@code count} bytes of {@code what} remain; count may come straight from a length field. */
    void require(long count, String what) {
        if (count < 0 || count > remaining()) {
            throw error("expected " + count + " bytes of " + what + ", only " + remaining() + " remain");
        }
    }

    /**
     * Checks that {@code count} items of at least {@code minBytesEach} bytes each can fit in what
     * remains, by division so that a huge count cannot overflow into a small product.
     */
    void requireItems(long count, int minBytesEach, String what) {
        if (count < 0 || count > remaining() / minBytesEach) {
            throw error(what + ": " + Long.toUnsignedString(count) + " of at least " + minBytesEach
                    + " bytes each cannot fit in the " + remaining() + " bytes that remain");
        }
    }

    /** A reader over the next {@code length} bytes, which this reader skips. */
    ByteReader slice(long length, String what) {
        require(length, what);
        ByteReader s = new ByteReader(data, position, position + (int) length);
        position += (int) length;
        return s;
    }

    void skip(long length, String what) {
        require(length, what);
        position += (int) length;
    }

    int u8(String what) {
        require(1, what);
        return data[position++] & 0xff;
    }

    char ascii(String what) {
        return (char) u8(what);
    }

    int u16(String what) {
        require(2, what);
        int v = ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
        position += 2;
        return v;
    }

    /** An unsigned 32-bit value. */
    long u32(String what) {
        require(4, what);
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (data[position + i] & 0xff);
        }
        position += 4;
        return v;
    }

    int i32(String what) {
        return (int) u32(what);
    }

    long i64(String what) {
        require(8, what);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (data[position + i] & 0xff);
        }
        position += 8;
        return v;
    }

    /** An unsigned 64-bit count; values above 2^63 are refused as corrupt (nothing QPY counts is that large). */
    long u64(String what) {
        int at = position;
        long v = i64(what);
        if (v < 0) {
            throw new QpyException(at, what + " is " + Long.toUnsignedString(v) + ", which cannot be a length or count");
        }
        return v;
    }

    double f64(String what) {
        return Double.longBitsToDouble(i64(what));
    }

    long i64LittleEndian(String what) {
        require(8, what);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (data[position + i] & 0xff);
        }
        position += 8;
        return v;
    }

    double f64LittleEndian(String what) {
        return Double.longBitsToDouble(i64LittleEndian(what));
    }

    byte[] bytes(long length, String what) {
        require(length, what);
        byte[] out = new byte[(int) length];
        System.arraycopy(data, position, out, 0, out.length);
        position += out.length;
        return out;
    }

    /** {@code length} bytes of strict UTF-8 (malformed bytes are an error, never replaced). */
    String utf8(long length, String what) {
        int at = position;
        require(length, what);
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, position, (int) length)).toString();
            position += (int) length;
            return s;
        } catch (CharacterCodingException e) {
            throw new QpyException(at, what + " is not valid UTF-8");
        }
    }
}

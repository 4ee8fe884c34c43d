package io.qrun.engine.qiskit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes an array as numpy's {@code .npy} version 1.0 writes it ({@code numpy.save}): the magic,
 * version 1.0, a 2-byte little-endian header length, the header dict padded with spaces and ended
 * by a newline so the data starts on a 64-byte boundary, then the data in C order. Like numpy 1.23+
 * it leaves room for the first dimension to grow to 21 digits, so the bytes equal numpy's.
 */
public final class NpyWriter {

    private NpyWriter() {}

    public static byte[] write(NpyArray array) {
        String dict = "{'descr': '" + array.dtype().descr() + "', 'fortran_order': False, 'shape': "
                + NpyReader.HeaderParser.tuple(array.shape()) + ", }";
        int[] shape = array.shape();
        int growth = shape.length == 0 ? 0 : 21 - String.valueOf(shape[0]).length();
        dict = dict + " ".repeat(growth);
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(10 + header.length() + array.rawData().length);
        out.write(0x93);
        out.writeBytes("NUMPY".getBytes(StandardCharsets.US_ASCII));
        out.write(1);
        out.write(0);
        out.write(header.length() & 0xff);
        out.write(header.length() >>> 8);
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(array.rawData());
        return out.toByteArray();
    }
}

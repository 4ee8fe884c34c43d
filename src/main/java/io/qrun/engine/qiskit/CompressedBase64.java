package io.qrun.engine.qiskit;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code __value__} of the client's binary types: standard base64 of zlib-compressed bytes
 * ({@code _serialize_and_encode} in qiskit_ibm_runtime/json.py compresses QPY circuits and npy
 * arrays alike). Inflation stops as soon as the output would pass the caller's limit, so a small
 * "zip bomb" cannot allocate more than the limit.
 */
public final class CompressedBase64 {

    private CompressedBase64() {}

    /**
     * Decodes and inflates {@code text}.
     *
     * @param maxBytes the most inflated bytes accepted
     */
    public static byte[] decode(String text, long maxBytes) {
        byte[] compressed;
        try {
            compressed = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new QiskitWireException("the value is not valid base64: " + e.getMessage(), e);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4, 1 << 16));
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0) {
                    if (inflater.needsInput()) {
                        throw new QiskitWireException("the zlib stream is truncated (it ends after " + out.size()
                                + " inflated bytes)");
                    }
                    if (inflater.needsDictionary()) {
                        throw new QiskitWireException("the zlib stream needs a preset dictionary, which the client never uses");
                    }
                }
                if ((long) out.size() + n > maxBytes) {
                    throw new QiskitWireException("the value inflates to more than " + maxBytes + " bytes, the limit");
                }
                out.write(buf, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new QiskitWireException(inflater.getRemaining() + " bytes follow the end of the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new QiskitWireException("the value is not a valid zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Compresses {@code data} with zlib and encodes it in standard base64, as the client does. */
    public static String encode(byte[] data) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }
}

package uk.nhs.cohortcoach.hubservice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part, as a browser's form sends it. */
public record Multipart(String contentType, byte[] body) {

    private static final String BOUNDARY = "----hub-test-boundary-7MA4YWxkTrZu0gW";

    public static Multipart file(String part, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
    }

    /** A small file that starts as every PDF does. */
    public static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] start = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, Math.min(start.length, size));
        for (int i = start.length; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}

package id.go.kinerja.collection.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file as it streams in: read within the import limit (413 above it, whatever Content-Length
 * said) and hashed with the request's parameters, the hash an Idempotency-Key is checked against.
 */
public final class UploadBody {

    private final MessageDigest digest;
    private final InputStream in;

    private UploadBody(MessageDigest digest, InputStream in) {
        this.digest = digest;
        this.in = in;
    }

    /**
     * @param request   what else identifies the request (its parameters)
     * @param mediaType the body's type without parameters
     */
    public static UploadBody of(ImportConfig config, long contentLength, String request, String mediaType,
                                InputStream body) {
        long limit = config.maxSize().asLongValue();
        if (contentLength > limit) {
            throw new FileTooLarge(limit);
        }
        MessageDigest digest = sha256();
        digest.update((request + "|" + mediaType + "|").getBytes(StandardCharsets.UTF_8));
        return new UploadBody(digest, new DigestInputStream(new LimitedInputStream(body, limit), digest));
    }

    /** The bytes; closing this stream leaves the request body open. */
    public InputStream in() {
        return in;
    }

    /** Reads what a parser left unread (it still counts for the limit and the hash) and answers the hash. */
    public String hash() throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

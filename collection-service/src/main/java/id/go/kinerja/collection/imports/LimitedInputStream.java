package id.go.kinerja.collection.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what is read and stops with 413 once the import limit is passed, whatever Content-Length said.
 * Closing it leaves the request body open: parsers close what they read, but the rest of the body must
 * still be drained into the request hash.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public void close() {
        // the HTTP layer owns the request body
    }

    private void add(long n) {
        count += n;
        if (count > limit) {
            throw new FileTooLarge(limit);
        }
    }
}

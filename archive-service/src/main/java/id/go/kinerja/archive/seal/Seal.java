package id.go.kinerja.archive.seal;

/**
 * The per-agency hash chain. Each archived record carries the seal of the agency's record before it,
 * and its own seal {@code SHA-256(previousHash + contentHash)} (the two lowercase hex strings
 * concatenated, hashed as ASCII). The agency's first record links to {@link #GENESIS}. Changing any
 * archived document changes its content hash, hence its seal, hence breaks the link the next record holds.
 */
public final class Seal {

    /** What the first record of an agency's chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private Seal() {
    }

    public static String of(String previousHash, String contentHash) {
        return Sha256.hex(previousHash + contentHash);
    }
}

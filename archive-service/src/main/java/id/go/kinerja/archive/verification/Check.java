package id.go.kinerja.archive.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What verification recomputes, in the order it does. */
@Schema(description = """
        CONTENT_HASH: the stored document still hashes (canonical form, SHA-256) to the stored content hash.
        SEAL: the seal equals SHA-256(previousHash + contentHash).
        PREVIOUS_LINK: previousHash equals the seal of the agency's record one position earlier (64 zeros for position 1).
        NEXT_LINK: the agency's record one position later, if any, holds this record's seal as its previousHash.""")
public enum Check {
    CONTENT_HASH,
    SEAL,
    PREVIOUS_LINK,
    NEXT_LINK
}

package id.go.kinerja.archive.record;

import java.util.UUID;

/** A record's place in its agency's chain, read without its document. */
public record ChainLink(UUID id, long chainPosition, String previousHash, String seal) {
}

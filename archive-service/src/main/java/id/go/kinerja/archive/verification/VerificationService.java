package id.go.kinerja.archive.verification;

import id.go.kinerja.archive.record.ArchiveQueries;
import id.go.kinerja.archive.record.ArchiveRecord;
import id.go.kinerja.archive.record.ChainLink;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.archive.seal.Seal;
import id.go.kinerja.archive.verification.ChainVerification.BrokenLink;
import id.go.kinerja.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recomputes what the archive sealed and compares it with what is stored. Nothing here trusts a stored
 * hash on its own: the document is re-hashed, the seal recomputed, and each link compared with the seal
 * actually held by the neighbouring record.
 */
@ApplicationScoped
public class VerificationService {

    /** Records loaded at a time while walking a chain: documents can be large. */
    private static final int CHAIN_BATCH = 20;

    @Inject
    ArchiveQueries queries;

    @Inject
    Caller caller;

    @Transactional
    public RecordVerification verifyRecord(UUID archiveId) {
        ArchiveRecord record = queries.find(archiveId);
        String previousHash = record.chainPosition == 1 ? Seal.GENESIS
                : ArchiveRecord.linkAt(record.agencyCode, record.chainPosition - 1).map(ChainLink::seal).orElse(null);
        Optional<ChainLink> next = ArchiveRecord.linkAt(record.agencyCode, record.chainPosition + 1);
        List<CheckResult> checks = new ArrayList<>(ownChecks(record, previousHash));
        checks.add(next.map(link -> CheckResult.of(Check.NEXT_LINK, record.seal, link.previousHash(),
                        "Record " + link.chainPosition() + " holds this record's seal",
                        "Record " + link.chainPosition() + " sealed a different version of this record: "
                                + "this record was changed after the next one was archived"))
                .orElse(new CheckResult(Check.NEXT_LINK, true, null, null, "Newest record of the chain")));
        Check failed = checks.stream().filter(check -> !check.passed()).map(CheckResult::check).findFirst().orElse(null);
        return new RecordVerification(record.id, record.agencyCode, record.chainPosition,
                failed == null ? Verdict.VALID : Verdict.INVALID, failed, checks, Instant.now());
    }

    @Transactional
    public ChainVerification verifyChain() {
        return verifyChain(caller.agencyCode());
    }

    /** The agency's chain, whoever asks: the caller's own through {@link #verifyChain()}, every agency's for metrics. */
    @Transactional
    public ChainVerification verifyChain(String agency) {
        long position = 0;
        String previousHash = Seal.GENESIS;
        List<ArchiveRecord> batch;
        do {
            batch = ArchiveRecord.chainAfter(agency, position, CHAIN_BATCH);
            for (ArchiveRecord record : batch) {
                if (record.chainPosition != position + 1) {
                    return broken(agency, position, new BrokenLink(position + 1, null, Check.PREVIOUS_LINK,
                            "Position " + (position + 1) + " is missing: the chain goes on at " + record.chainPosition));
                }
                Optional<CheckResult> failure = ownChecks(record, previousHash).stream()
                        .filter(check -> !check.passed()).findFirst();
                if (failure.isPresent()) {
                    return broken(agency, position, new BrokenLink(record.chainPosition, record.id,
                            failure.get().check(), failure.get().detail()));
                }
                position = record.chainPosition;
                previousHash = record.seal;
            }
            ArchiveRecord.getEntityManager().clear();
        } while (batch.size() == CHAIN_BATCH);
        return new ChainVerification(agency, position, Verdict.VALID, null, Instant.now());
    }

    private static ChainVerification broken(String agency, long checked, BrokenLink link) {
        return new ChainVerification(agency, checked, Verdict.INVALID, link, Instant.now());
    }

    /** CONTENT_HASH, SEAL and PREVIOUS_LINK; {@code previousHash} is null when the previous record is gone. */
    private static List<CheckResult> ownChecks(ArchiveRecord record, String previousHash) {
        return List.of(
                CheckResult.of(Check.CONTENT_HASH, recomputedHash(record), record.contentHash,
                        "The document hashes to the stored content hash",
                        "The document was changed after it was archived"),
                CheckResult.of(Check.SEAL, Seal.of(record.previousHash, record.contentHash), record.seal,
                        "The seal matches previousHash and contentHash",
                        "The seal or the hashes it covers were changed after archiving"),
                previousHash == null
                        ? new CheckResult(Check.PREVIOUS_LINK, false, null, record.previousHash,
                                "Position " + (record.chainPosition - 1) + " of the chain is missing")
                        : CheckResult.of(Check.PREVIOUS_LINK, previousHash, record.previousHash,
                                record.chainPosition == 1 ? "First record of the chain" : "Holds the previous record's seal",
                                record.chainPosition == 1 ? "The first record must link to 64 zeros"
                                        : "The previous record was changed after this one was archived"));
    }

    private static String recomputedHash(ArchiveRecord record) {
        try {
            return CanonicalJson.sha256(record.document);
        } catch (IllegalArgumentException unreadable) {
            return "unreadable document: " + unreadable.getMessage();
        }
    }
}

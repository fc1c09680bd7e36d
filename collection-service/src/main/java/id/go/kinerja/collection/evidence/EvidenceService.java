package id.go.kinerja.collection.evidence;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.DataEntryGate;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.upload.ArchiveInspection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Evidence (bukti dukung) of entries: the operator of the indicator's division attaches and removes files while
 * the entry may change; the division and the agency's reviewers read them. Changes hold the round's lock, like
 * entries, so they never interleave with a submission of the recap.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    Caller caller;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    DataEntryGate dataEntry;

    @Inject
    ArchiveInspection archives;

    /** A downloaded file. */
    public record Download(Evidence evidence, byte[] content) {
    }

    @Transactional
    public EvidenceView attach(UUID roundId, String indicatorCode, String filename, Path upload, long size) {
        Entry entry = entryForChange(roundId, indicatorCode);
        String name = cleanName(filename);
        long limit = config.maxSize().asLongValue();
        if (size > limit) {
            throw new EvidenceTooLarge(size, limit);
        }
        if (size == 0) {
            throw new InvalidInput("file", CollectionProblem.text("file.empty"));
        }
        if (Evidence.ofEntry(entry).size() >= config.maxPerEntry()) {
            throw new Conflict(CollectionProblem.EVIDENCE_LIMIT_REACHED, indicatorCode, config.maxPerEntry());
        }
        byte[] content = read(upload);
        EvidenceType type = EvidenceType.of(content, name, () -> archives.entries(upload));

        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.entry = entry;
        evidence.agencyCode = caller.agencyCode();
        evidence.filename = name;
        evidence.contentType = type.mediaType;
        evidence.size = content.length;
        evidence.sha256 = sha256(content);
        evidence.uploadedBy = caller.userId();
        evidence.uploadedAt = Instant.now();
        evidence.persist();
        store.put(evidence.id, content);
        EvidenceView view = EvidenceView.of(evidence);
        audit.record("EvidenceAttached", target(entry, evidence), null, view);
        return view;
    }

    public List<EvidenceView> list(UUID roundId, String indicatorCode) {
        return Evidence.ofEntry(entryToRead(roundId, indicatorCode)).stream().map(EvidenceView::of).toList();
    }

    @Transactional
    public Download download(UUID roundId, String indicatorCode, UUID evidenceId) {
        Evidence evidence = evidenceOf(entryToRead(roundId, indicatorCode), evidenceId);
        byte[] content = store.get(evidence.id).orElseThrow(() -> new NotFound(CollectionProblem.EVIDENCE_NOT_FOUND, evidenceId));
        return new Download(evidence, content);
    }

    @Transactional
    public void remove(UUID roundId, String indicatorCode, UUID evidenceId) {
        Entry entry = entryForChange(roundId, indicatorCode);
        Evidence evidence = evidenceOf(entry, evidenceId);
        if (evidence.published) {
            throw new Conflict(CollectionProblem.EVIDENCE_SUBMITTED, evidence.filename, indicatorCode);
        }
        EvidenceView before = EvidenceView.of(evidence);
        evidence.delete();
        store.delete(evidence.id);
        audit.record("EvidenceRemoved", target(entry, evidence), before, null);
    }

    private Entry entryForChange(UUID roundId, String indicatorCode) {
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Entry entry = entryOf(round, indicatorCode);
        caller.requireDivision(entry.divisionCode);
        // evidence is part of the data entry (SOP A6): the operators attach it once they are briefed (A5)
        dataEntry.requireOpen(round);
        entry.requireChangeableForEvidence();
        return entry;
    }

    private Entry entryToRead(UUID roundId, String indicatorCode) {
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Entry entry = entryOf(round, indicatorCode);
        caller.requireDivision(entry.divisionCode);
        return entry;
    }

    private static Entry entryOf(CollectionRound round, String indicatorCode) {
        return Entry.ofRound(round, indicatorCode)
                .orElseThrow(() -> new NotFound(CollectionProblem.INDICATOR_NOT_IN_ROUND, indicatorCode, round.period()));
    }

    private static Evidence evidenceOf(Entry entry, UUID evidenceId) {
        return Evidence.ofEntry(entry, evidenceId).orElseThrow(() -> new NotFound(CollectionProblem.EVIDENCE_NOT_FOUND, evidenceId));
    }

    private static String target(Entry entry, Evidence evidence) {
        return "round/" + entry.round.id + "/entry/" + entry.indicator.code + "/evidence/" + evidence.id;
    }

    /** The last path segment, without control characters, at most 255 characters: it is echoed in headers. */
    static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static byte[] read(Path upload) {
        try {
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded evidence", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

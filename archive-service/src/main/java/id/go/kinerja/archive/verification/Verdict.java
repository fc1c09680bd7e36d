package id.go.kinerja.archive.verification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "VALID when every check passed, INVALID when one failed")
public enum Verdict {
    VALID,
    INVALID
}

package id.go.kinerja.collection.round;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The life of one indicator's entry in a round:
 * <pre>
 * NOT_ENTERED ─enter─► ENTERED ─verify─► VERIFIED ─(recap approved)─► LOCKED
 *      │                 ▲   ▲ │send back      │ (recap returned to COLLECTION)
 *  push│  confirm / enter│   │ ▼               ▼
 *      └──► PROPOSED ────┘  SENT_BACK         RETURNED ─enter─► ENTERED …
 * </pre>
 * An integration's push (PROPOSED) also replaces a SENT_BACK, RETURNED or PROPOSED entry, never an ENTERED or
 * VERIFIED one.
 */
@Schema(description = "NOT_ENTERED; PROPOSED (pushed by an integration, awaits the operator's confirmation); ENTERED (awaits the division head); SENT_BACK (by the division head, to correct); "
        + "VERIFIED; RETURNED (by the Secretary's review, to re-enter); LOCKED (recap approved)")
public enum EntryState {
    NOT_ENTERED, PROPOSED, ENTERED, SENT_BACK, VERIFIED, RETURNED, LOCKED
}

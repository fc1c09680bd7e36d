package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The levels of the plan tree, top down. */
@Schema(description = "Level of a plan node: GOAL (tujuan), OBJECTIVE (sasaran), PROGRAM, ACTIVITY (kegiatan), "
        + "SUB_ACTIVITY (sub kegiatan)")
public enum NodeLevel {
    GOAL, OBJECTIVE, PROGRAM, ACTIVITY, SUB_ACTIVITY;

    /** The level a node of this level hangs under; null for a goal, which has no parent. */
    public NodeLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** Programs, activities and sub-activities carry a budget (pagu) in the DPA; goals and objectives do not. */
    public boolean hasBudget() {
        return this == PROGRAM || this == ACTIVITY || this == SUB_ACTIVITY;
    }
}

package id.go.kinerja.measurement.engine;

import static id.go.kinerja.measurement.engine.ValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.kinerja.measurement.engine.RefusedInputException.Reason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Budget absorption (serapan anggaran) against the pagu, docs/measurement.md 5. */
class BudgetAbsorptionTest {

    @Test
    void aZeroPaguWithNothingSpentIsNotEvaluableRatherThanZeroOrFullAbsorption() {
        BudgetAbsorption absorption = BudgetAbsorption.of(BigDecimal.ZERO, BigDecimal.ZERO);

        assertEquals(MeasurementStatus.NOT_EVALUABLE, absorption.status());
        assertNull(absorption.absorption());
    }

    @Test
    void spendingAgainstAZeroPaguIsRefusedUnlessJustified() {
        assertRefused(Reason.ABOVE_PAGU, "above the pagu 0", () -> BudgetAbsorption.of(BigDecimal.ZERO, BigDecimal.TEN));

        BudgetAbsorption justified = BudgetAbsorption.justified(BigDecimal.ZERO, BigDecimal.TEN, "dana darurat bencana");

        assertEquals(MeasurementStatus.NOT_EVALUABLE, justified.status());
        assertEquals("dana darurat bencana", justified.justification());
    }

    @Test
    void aJustifiedOverrunIsMeasuredAboveHundredAndKeepsItsJustification() {
        BudgetAbsorption absorption = BudgetAbsorption.justified(new BigDecimal("60000000"),
                new BigDecimal("66000000"), "Perubahan APBD belum masuk DPA");

        assertEquals("110.00", absorption.absorption().toPlainString());
        assertEquals("Perubahan APBD belum masuk DPA", absorption.justification());
    }

    @Test
    void aJustificationIsNotRecordedWhenSpendingIsWithinThePagu() {
        BudgetAbsorption absorption = BudgetAbsorption.justified(new BigDecimal("200"), new BigDecimal("50"), "tidak perlu");

        assertEquals("25.00", absorption.absorption().toPlainString());
        assertNull(absorption.justification());
    }

    @Test
    void negativeAmountsAndEmptyJustificationsAreRefused() {
        assertRefused(Reason.INVALID_VALUE, "cannot be negative",
                () -> BudgetAbsorption.of(new BigDecimal("-1"), BigDecimal.ZERO));
        assertRefused(Reason.INVALID_VALUE, "must say why",
                () -> BudgetAbsorption.justified(BigDecimal.ONE, BigDecimal.TEN, " "));
    }
}

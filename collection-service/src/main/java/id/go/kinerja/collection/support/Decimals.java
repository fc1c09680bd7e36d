package id.go.kinerja.collection.support;

import java.math.BigDecimal;

/** Decimals as people write them: 1250000000 rather than 1250000000.00, 20 rather than 20.0000. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // stripping 1250000000 gives 1.25E+9, which JSON writers would print in exponent form
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

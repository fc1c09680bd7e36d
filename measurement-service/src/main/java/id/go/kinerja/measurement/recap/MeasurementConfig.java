package id.go.kinerja.measurement.recap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;

@ConfigMapping(prefix = "kinerja.measurement")
public interface MeasurementConfig {

    /**
     * Roll-up ceiling (batas atas), percent: each indicator's achievement is clamped to [0, ceiling]
     * before it enters a node's mean, and the RATIO formula is capped at it (docs/measurement.md 3, 2.4).
     */
    @WithDefault("200")
    BigDecimal rollUpCeiling();

    /** Agencies that use another ceiling, by agency code, e.g. {@code agency-roll-up-ceiling.DISDAGTRANS=150}. */
    Map<String, BigDecimal> agencyRollUpCeiling();

    default BigDecimal ceilingFor(String agencyCode) {
        return agencyRollUpCeiling().getOrDefault(agencyCode, rollUpCeiling());
    }
}

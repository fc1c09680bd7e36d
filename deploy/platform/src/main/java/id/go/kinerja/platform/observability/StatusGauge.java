package id.go.kinerja.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A gauge {@code name{agency, status}} of how many things are in each status, for the SOP dashboards. Each
 * agency that has any shows every status, zero included, so a status that empties reads 0 instead of vanishing.
 * The owner counts from its database on a schedule (one grouped query) and hands the rows to {@link #update}.
 */
public final class StatusGauge<S extends Enum<S>> {

    private final MultiGauge gauge;
    private final String tag;
    private final Class<S> statuses;

    public StatusGauge(MeterRegistry meters, String name, String description, Class<S> statuses) {
        this(meters, name, description, "status", statuses);
    }

    /** @param tag the name of the second tag, for a gauge per agency and e.g. {@code step} rather than status */
    public StatusGauge(MeterRegistry meters, String name, String description, String tag, Class<S> statuses) {
        this.gauge = MultiGauge.builder(name).description(description).register(meters);
        this.tag = tag;
        this.statuses = statuses;
    }

    /** @param rows {@code [agencyCode, status, count]} per agency and status (a constant of the enum) that has any */
    public void update(List<Object[]> rows) {
        Map<String, Map<S, Long>> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], agency -> zeroForEveryStatus())
                    .put(statuses.cast(row[1]), ((Number) row[2]).longValue());
        }
        List<MultiGauge.Row<?>> gaugeRows = new ArrayList<>();
        counts.forEach((agency, byStatus) -> byStatus.forEach((status, count) ->
                gaugeRows.add(MultiGauge.Row.of(Tags.of("agency", agency, tag, status.name()), count))));
        gauge.register(gaugeRows, true);
    }

    private Map<S, Long> zeroForEveryStatus() {
        Map<S, Long> counts = new EnumMap<>(statuses);
        for (S status : statuses.getEnumConstants()) {
            counts.put(status, 0L);
        }
        return counts;
    }
}

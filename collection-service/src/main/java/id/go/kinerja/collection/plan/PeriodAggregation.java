package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How quarters combine into a to-date or yearly figure: SUM (counts), LAST (levels), AVERAGE (rates)")
public enum PeriodAggregation {
    SUM, LAST, AVERAGE
}

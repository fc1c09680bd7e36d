package id.go.kinerja.collection.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "POSITIVE: higher is better; NEGATIVE: lower is better (e.g. a price variation coefficient)")
public enum Polarity {
    POSITIVE, NEGATIVE
}

/**
 * The measurement rules of docs/measurement.md (pengukuran capaian kinerja) as plain Java: no framework,
 * {@link java.math.BigDecimal} throughout, so the rules can be read, tested and reused without
 * starting Quarkus, and a printed report can be re-checked by hand to the last cent.
 *
 * <p>Entry point: {@link id.go.kinerja.measurement.engine.MeasurementEngine}. Inputs are validated
 * when they are built ({@link id.go.kinerja.measurement.engine.Methodology},
 * {@link id.go.kinerja.measurement.engine.IndicatorData}, the scales); a refusal is a
 * {@link id.go.kinerja.measurement.engine.RefusedInputException} carrying a machine-readable reason.
 */
package id.go.kinerja.measurement.engine;

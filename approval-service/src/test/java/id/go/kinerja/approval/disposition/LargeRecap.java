package id.go.kinerja.approval.disposition;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.ApprovalTestSupport;
import id.go.kinerja.approval.RecapMeasuredSample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A RecapMeasured of a large agency at year end: thousands of indicators, each with four quarterly targets
 * and four verified realisations with evidence, as big as the real ones get.
 */
final class LargeRecap {

    private static final String[] DIVISIONS = {"SEKRETARIAT", "PERDAGANGAN", "METROLOGI", "TRANSMIGRASI"};

    private LargeRecap() {
    }

    static List<String> codes(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("IKK-%04d", i)).toList();
    }

    static String of(UUID recapId, UUID roundId, int count) {
        ObjectNode event = RecapMeasuredSample.JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", "RecapMeasured");
        event.put("schemaVersion", 1);
        event.put("occurredAt", "2026-01-12T03:00:00Z");
        event.put("agencyCode", ApprovalTestSupport.AGENCY);
        event.put("recapId", recapId.toString());
        event.put("revision", 1);
        event.putObject("actor").put("userId", "tim.sakip@disdagtrans").put("role", "SAKIP_TEAM");
        event.put("agencyName", "Dinas Perdagangan dan Transmigrasi");
        event.put("roundId", roundId.toString());
        event.put("year", 2025);
        event.put("quarter", 4);
        event.put("measuredRevision", 1);

        ArrayNode nodes = event.putArray("nodes");
        nodes.add(node("T1", "GOAL", null, null));
        int programs = Math.max(1, count / 20);
        for (int o = 1; o <= (programs + 9) / 10; o++) {
            nodes.add(node("S" + o, "OBJECTIVE", "T1", null));
        }
        for (int p = 1; p <= programs; p++) {
            nodes.add(node(String.format("3.30.%02d.%03d", p % 100, p), "PROGRAM", "S" + ((p - 1) / 10 + 1),
                    new BigDecimal(750_000_000L + p * 1_000_000L)));
        }

        ArrayNode items = event.putArray("items");
        for (int i = 1; i <= count; i++) {
            int program = (i - 1) % programs + 1;
            String division = DIVISIONS[i % DIVISIONS.length];
            ObjectNode item = items.addObject();
            item.put("indicatorCode", String.format("IKK-%04d", i));
            item.put("indicatorName", "Persentase capaian keluaran kegiatan pendukung nomor " + i + " pada bidang " + division.toLowerCase());
            item.put("unit", "%");
            item.put("nodeCode", String.format("3.30.%02d.%03d", program % 100, program));
            item.put("divisionCode", division);
            item.put("polarity", "POSITIVE");
            item.put("valueType", "PERCENT");
            item.put("frequency", "QUARTERLY");
            item.put("periodAggregation", "LAST");
            ArrayNode targets = item.putArray("targets");
            ArrayNode realisations = item.putArray("realisations");
            for (int q = 1; q <= 4; q++) {
                targets.addObject().put("quarter", q).put("value", new BigDecimal(60 + q * 5));
                ObjectNode realisation = realisations.addObject().put("quarter", q)
                        .put("value", new BigDecimal(55 + q * 5 + i % 7).setScale(2, RoundingMode.HALF_UP));
                realisation.put("enteredBy", "operator." + division.toLowerCase() + "@disdagtrans");
                realisation.put("verifiedBy", "division_head." + division.toLowerCase() + "@disdagtrans");
                realisation.put("note", "Sesuai laporan kegiatan triwulan " + q);
                realisation.putArray("evidence").addObject()
                        .put("evidenceId", UUID.nameUUIDFromBytes((i + "/" + q).getBytes()).toString())
                        .put("fileName", "laporan-kegiatan-" + i + "-tw" + q + ".pdf");
            }
            BigDecimal achievement = new BigDecimal(75 + i % 7).multiply(BigDecimal.valueOf(100))
                    .divide(new BigDecimal(80), 2, RoundingMode.HALF_UP);
            ObjectNode result = item.putObject("result");
            result.put("status", "OK");
            result.put("achievement", achievement);
            result.put("predicate", achievement.compareTo(new BigDecimal(91)) >= 0 ? "SANGAT_TINGGI" : "TINGGI");
            result.putArray("flags");
            result.put("rule", "POSITIVE_RATIO");
            result.put("formula", (75 + i % 7) + " / 80 × 100");
            result.put("target", 80);
            result.put("realisation", 75 + i % 7);
            result.put("methodologyVersion", 1);
        }
        ArrayNode summaries = event.putArray("levelSummaries");
        summaries.addObject().put("level", "PROGRAM").put("achievement", new BigDecimal("97.32"))
                .putObject("predicateCounts").put("SANGAT_TINGGI", programs);
        event.put("headlineAchievement", new BigDecimal("97.32"));
        return event.toString();
    }

    private static ObjectNode node(String code, String level, String parent, BigDecimal ceiling) {
        ObjectNode node = RecapMeasuredSample.JSON.createObjectNode();
        node.put("code", code);
        node.put("level", level);
        node.put("name", level + " " + code);
        node.put("parentCode", parent);
        node.put("budgetCeiling", ceiling);
        node.put("budgetRealised", ceiling == null ? null : ceiling.multiply(new BigDecimal("0.9125")).setScale(2, RoundingMode.HALF_UP));
        node.putObject("rollUp").put("status", "OK").put("achievement", new BigDecimal("97.32"))
                .put("predicate", "SANGAT_TINGGI")
                .put("budgetAbsorption", ceiling == null ? null : new BigDecimal("91.25"));
        return node;
    }
}

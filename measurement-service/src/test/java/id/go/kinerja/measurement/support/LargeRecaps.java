package id.go.kinerja.measurement.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * A year-end recap of an agency with many indicators: 1 goal, 20 objectives, 100 programs with budgets, and
 * quarterly indicators mixing polarity, value type and period aggregation, each with a verified realisation
 * and an evidence reference per quarter.
 */
public final class LargeRecaps {

    private static final String[] AGGREGATIONS = {"SUM", "LAST", "AVERAGE"};

    private LargeRecaps() {
    }

    public static ObjectNode yearEnd(UUID recapId, String agency, int indicators) {
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);
        submitted.put("quarter", 4);
        ArrayNode nodes = submitted.putArray("nodes");
        nodes.addObject().put("code", "T1").put("level", "GOAL").put("name", "Tujuan").putNull("parentCode")
                .putNull("budgetCeiling").putNull("budgetRealised");
        for (int s = 1; s <= 20; s++) {
            nodes.addObject().put("code", "S" + s).put("level", "OBJECTIVE").put("name", "Sasaran " + s)
                    .put("parentCode", "T1").putNull("budgetCeiling").putNull("budgetRealised");
            for (int p = 1; p <= 5; p++) {
                nodes.addObject().put("code", "P" + s + "." + p).put("level", "PROGRAM").put("name", "Program " + s + "." + p)
                        .put("parentCode", "S" + s).put("budgetCeiling", 1_000_000_000L).put("budgetRealised", 200_000_000L * p);
            }
        }
        ArrayNode items = submitted.putArray("items");
        for (int i = 0; i < indicators; i++) {
            int s = i % 20 + 1;
            String node = i % 4 == 0 ? "S" + s : "P" + s + "." + (i % 5 + 1);
            ObjectNode item = items.addObject()
                    .put("indicatorCode", "IK-%04d".formatted(i))
                    .put("indicatorName", "Indikator kinerja nomor " + i + " dengan nama yang cukup panjang seperti aslinya")
                    .put("unit", i % 2 == 0 ? "%" : "orang")
                    .put("nodeCode", node)
                    .put("divisionCode", "BIDANG" + (i % 4))
                    .put("polarity", i % 7 == 0 ? "NEGATIVE" : "POSITIVE")
                    .put("valueType", i % 2 == 0 ? "PERCENT" : "NUMBER")
                    .put("frequency", "QUARTERLY")
                    .put("periodAggregation", AGGREGATIONS[i % 3]);
            ArrayNode targets = item.putArray("targets");
            ArrayNode realisations = item.putArray("realisations");
            for (int q = 1; q <= 4; q++) {
                targets.addObject().put("quarter", q).put("value", 20 + q);
                realisations.addObject().put("quarter", q).put("value", 15 + q + i % 9)
                        .put("enteredBy", "operator.bidang" + (i % 4) + "@" + agency.toLowerCase())
                        .put("verifiedBy", "division_head.bidang" + (i % 4) + "@" + agency.toLowerCase())
                        .putNull("note").putArray("evidence").add("dms://bukti/" + i + "/q" + q + ".pdf");
            }
        }
        return submitted;
    }
}

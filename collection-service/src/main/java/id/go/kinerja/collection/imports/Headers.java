package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The header row of a CSV or XLSX file, checked against the columns a file of its kind may have. */
public final class Headers {

    private Headers() {
    }

    /**
     * The header as column names (trimmed, lower case, trailing empty cells dropped), refusing unknown or
     * repeated columns and missing required ones.
     *
     * @param kind what the file is, for the message, e.g. "plan"
     */
    public static List<String> check(List<String> cells, String kind, List<String> known, List<String> required) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            names.add(cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!known.contains(name)) {
                errors.add(new FieldError("header", CollectionProblem.text("file.unknownColumn", i + 1, name, kind,
                        String.join(", ", known))));
            } else if (!seen.add(name)) {
                errors.add(new FieldError("header", CollectionProblem.text("file.columnTwice", name)));
            }
        }
        required.stream().filter(name -> !seen.contains(name))
                .forEach(name -> errors.add(new FieldError("header", CollectionProblem.text("file.columnMissing", name))));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return names;
    }
}

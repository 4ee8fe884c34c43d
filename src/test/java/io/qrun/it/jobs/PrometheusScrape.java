package io.qrun.it.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scrape of the Prometheus text format: every sample as name, labels and value. Enough of
 * the format for the ITs (no escaped quotes in Qrun's label values).
 */
final class PrometheusScrape {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();

    PrometheusScrape(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name;
            Map<String, String> labels = new LinkedHashMap<>();
            if (brace >= 0 && brace < space) {
                name = line.substring(0, brace);
                String body = line.substring(brace + 1, line.lastIndexOf('}'));
                for (String pair : body.split("\",")) {
                    if (pair.isBlank()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    labels.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).replace("\"", ""));
                }
            } else {
                name = line.substring(0, space);
            }
            samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
        }
    }

    /** The samples of {@code name} whose labels include all of {@code labels}. */
    List<Sample> matching(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
    }

    /** The one sample of {@code name} with these labels (among others); 0 when there is none yet (a counter not yet counted). */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = matching(name, labels);
        if (found.size() > 1) {
            throw new AssertionError("more than one sample of " + name + " " + labels + ": " + found);
        }
        return found.isEmpty() ? 0.0 : found.get(0).value();
    }

    /** The one sample, which must exist (a gauge). */
    double existing(String name, Map<String, String> labels) {
        List<Sample> found = matching(name, labels);
        if (found.size() != 1) {
            throw new AssertionError("expected one sample of " + name + " " + labels + ", found " + found);
        }
        return found.get(0).value();
    }
}

package org.govexchange.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.bench.Ratio;

/**
 * Everything one run produced: the benchmark, when, on what machine, with which parameters, its figures and
 * ratios, and its charts. Written as {@code <dir>/<yyyyMMdd-HHmmss>-<benchmark>.json} with the chart next to
 * it as {@code .svg}.
 */
public final class RunReport {

    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String benchmark;
    private final Instant started;
    private final Map<String, Object> machine;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<BarChart> charts = new ArrayList<>();

    public RunReport(String benchmark, Instant started, Map<String, Object> machine) {
        this.benchmark = benchmark;
        this.started = started;
        this.machine = machine;
    }

    public RunReport parameters(Map<String, Object> values) {
        parameters.putAll(values);
        return this;
    }

    public RunReport figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    public RunReport ratio(Ratio ratio) {
        ratios.add(ratio);
        return this;
    }

    public RunReport note(String note) {
        notes.add(note);
        return this;
    }

    public RunReport chart(BarChart chart) {
        charts.add(chart);
        return this;
    }

    public List<Ratio> ratios() {
        return List.copyOf(ratios);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("benchmark", benchmark);
        map.put("started", started.toString());
        map.put("machine", machine);
        map.put("parameters", parameters);
        map.put("figures", figures);
        List<Object> ratioList = new ArrayList<>();
        for (Ratio r : ratios) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("measured", r.measured());
            m.put("baseline", r.baseline());
            m.put("unit", r.unit());
            m.put("value", r.value());
            m.put("goal", r.goal());
            m.put("meetsGoal", r.meetsGoal());
            ratioList.add(m);
        }
        map.put("ratios", ratioList);
        map.put("notes", notes);
        return map;
    }

    /** Writes the JSON (and the SVG, if there are charts); returns the files written. */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        String base = FILE_STAMP.format(started) + "-" + benchmark;
        List<Path> written = new ArrayList<>();
        Path json = directory.resolve(base + ".json");
        Files.writeString(json, Json.write(toMap()), StandardCharsets.UTF_8);
        written.add(json);
        if (!charts.isEmpty()) {
            Path svg = directory.resolve(base + ".svg");
            Files.writeString(svg, BarChart.document(charts), StandardCharsets.UTF_8);
            written.add(svg);
        }
        return written;
    }

    /** Prints the ratios and notes, writes the files and says where. */
    public void finish(Path directory, PrintStream out) throws IOException {
        if (!ratios.isEmpty()) {
            out.println();
            ratios.forEach(r -> out.println(r.line()));
        }
        notes.forEach(n -> out.println("NOTE: " + n));
        for (Path p : write(directory)) {
            out.println("wrote " + p);
        }
    }
}

package org.govexchange.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart written as plain SVG: one group per category (e.g. p50, p90, p99, p99.9), one bar per
 * series in each group (e.g. direct, gateway), values printed above the bars. No library: the file is a few
 * rects and texts that any browser renders.
 */
public final class BarChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};

    private final String title;
    private final String unit;
    private final List<String> categories;
    private final List<String> series = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    public BarChart(String title, String unit, List<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one category");
        }
        this.title = title;
        this.unit = unit;
        this.categories = List.copyOf(categories);
    }

    /** Adds one series: a value per category, in category order. */
    public BarChart series(String name, double... perCategory) {
        if (perCategory.length != categories.size()) {
            throw new IllegalArgumentException("series " + name + " has " + perCategory.length + " values for "
                    + categories.size() + " categories");
        }
        series.add(name);
        values.add(perCategory.clone());
        return this;
    }

    /** The chart as an SVG group placed {@code yOffset} pixels down; {@link #document} wraps several. */
    String group(int yOffset) {
        double max = 0;
        for (double[] v : values) {
            for (double d : v) {
                if (Double.isFinite(d)) {
                    max = Math.max(max, d);
                }
            }
        }
        double top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(f("<g transform=\"translate(0,%d)\">\n", yOffset));
        svg.append(f("<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
        svg.append(f("<text x=\"8\" y=\"%d\" font-size=\"11\">%s</text>\n", TOP - 6, escape(unit)));
        for (int tick = 0; tick <= 4; tick++) {
            double value = top * tick / 4;
            int y = TOP + plotHeight - (int) Math.round(plotHeight * tick / 4.0);
            svg.append(
                    f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>\n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(f(
                    "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>\n",
                    LEFT - 4, y + 3, number(value)));
        }
        double groupWidth = (double) plotWidth / categories.size();
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            double groupX = LEFT + c * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double v = values.get(s)[c];
                double h = top > 0 && Double.isFinite(v) ? plotHeight * v / top : 0;
                double x = groupX + s * barWidth;
                double y = TOP + plotHeight - h;
                svg.append(f(
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                        x, y, barWidth - 2, h, COLOURS[s % COLOURS.length]));
                svg.append(f(
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>\n",
                        x + (barWidth - 2) / 2, y - 3, Double.isFinite(v) ? number(v) : "n/a"));
            }
            svg.append(f(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
                    LEFT + c * groupWidth + groupWidth / 2, TOP + plotHeight + 16, escape(categories.get(c))));
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 150;
            int y = HEIGHT - 22;
            svg.append(f(
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    x, y, COLOURS[s % COLOURS.length]));
            svg.append(
                    f("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n", x + 16, y + 10, escape(series.get(s))));
        }
        svg.append("</g>\n");
        return svg.toString();
    }

    /** One SVG document with the charts stacked vertically. */
    public static String document(List<BarChart> charts) {
        int height = HEIGHT * Math.max(1, charts.size());
        StringBuilder svg = new StringBuilder();
        svg.append(f(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\">\n",
                WIDTH, height, WIDTH, height));
        svg.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
        for (int i = 0; i < charts.size(); i++) {
            svg.append(charts.get(i).group(i * HEIGHT));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The smallest 1, 2 or 5 × 10^n at or above {@code max} (1 for an empty chart). */
    static double niceCeiling(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double value) {
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

package dev.ballot.report;

import dev.ballot.history.OpType;
import java.util.Map;

/**
 * The summary at the top of a report: the verdict of each checker, why the run is not valid, the
 * seed and the command that replays it, the run's facts (workload, nemesis, nodes, options,
 * liveness) and the operations counted by outcome and by {@code f}.
 */
final class SummaryHtml {
    private SummaryHtml() {
    }

    static String html(Report report) {
        RunInfo run = report.run();
        StringBuilder html = new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n");
        html.append("<table class=\"checkers\">\n<tr><th>checker</th><th>verdict</th><th></th></tr>\n");
        for (CheckerVerdict verdict : report.verdicts()) {
            html.append("<tr><td>").append(Escape.html(verdict.checker())).append("</td><td>")
                    .append(badge(verdict.verdict())).append("</td><td>")
                    .append(Escape.html(verdict.message())).append("</td></tr>\n");
        }
        if (report.verdicts().isEmpty()) {
            html.append("<tr><td colspan=\"3\">no checker results</td></tr>\n");
        }
        html.append("</table>\n");
        // An invalid run's reasons are its checkers' messages, shown above.
        if (!run.reasons().isEmpty() && !run.verdict().equals("invalid")) {
            html.append("<ul class=\"reasons\">\n");
            run.reasons().forEach(reason -> html.append("<li>").append(Escape.html(reason)).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (run.replay() != null) {
            html.append("<p>").append(run.seed() == null ? "" : "Seed <code>"
                    + Escape.html(run.seed()) + "</code>. ").append("To replay:</p>\n<pre class=\"replay\">")
                    .append(Escape.html(run.replay())).append("</pre>\n");
        }
        html.append("<table class=\"facts\">\n");
        run.facts().forEach((name, value) -> fact(html, name, value));
        if (!report.nodes().isEmpty()) {
            fact(html, "nodes seen", String.join(" ", report.nodes()));
        }
        fact(html, "events", Integer.toString(report.history().size()));
        html.append("</table>\n").append(counts(report.counts())).append("</section>\n");
        return html.toString();
    }

    /** A verdict as a coloured word. */
    static String badge(String verdict) {
        return "<span class=\"verdict v-" + Escape.html(verdict) + "\">" + Escape.html(verdict) + "</span>";
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(Escape.html(name)).append("</th><td>")
                .append(Escape.html(value)).append("</td></tr>\n");
    }

    private static String counts(OpCounts counts) {
        StringBuilder html = new StringBuilder("<table class=\"counts\">\n<tr><th>operations</th>"
                + "<th class=\"ok\">ok</th><th class=\"fail\">fail</th><th class=\"info\">info</th>"
                + "<th>all</th></tr>\n");
        counts.byF().forEach((f, byType) -> row(html, f, byType));
        row(html, "all", counts.byType());
        return html.append("</table>\n").toString();
    }

    private static void row(StringBuilder html, String name, Map<OpType, Long> byType) {
        html.append("<tr><th>").append(Escape.html(name)).append("</th>");
        long all = 0;
        for (OpType type : new OpType[] {OpType.OK, OpType.FAIL, OpType.INFO}) {
            html.append("<td>").append(byType.get(type)).append("</td>");
            all += byType.get(type);
        }
        html.append("<td>").append(all).append("</td></tr>\n");
    }
}

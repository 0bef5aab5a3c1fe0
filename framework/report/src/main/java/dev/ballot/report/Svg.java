package dev.ballot.report;

/**
 * Writes SVG markup: a thin builder over a string, with every text escaped and every number
 * rounded to a tenth ({@link Numbers#coord}). Styling is by CSS class, from the page's style sheet.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Opens an {@code <svg>} whose user units span {@code width} by {@code height}.
     *
     * @param attributes further attributes, already escaped (e.g. {@code preserveAspectRatio})
     */
    Svg(double width, double height, String cssClass, String attributes) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(Escape.html(cssClass))
                .append("\" viewBox=\"0 0 ").append(Numbers.coord(width)).append(' ')
                .append(Numbers.coord(height)).append('"');
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append(">\n");
    }

    Svg rect(double x, double y, double width, double height, String cssClass, String title) {
        return rect(x, y, width, height, cssClass, title, "");
    }

    /** @param attributes further attributes, already escaped (an {@code id}), or empty */
    Svg rect(double x, double y, double width, double height, String cssClass, String title,
             String attributes) {
        out.append("<rect ").append(attributes).append(attributes.isEmpty() ? "" : " ")
                .append("x=\"").append(Numbers.coord(x)).append("\" y=\"").append(Numbers.coord(y))
                .append("\" width=\"").append(Numbers.coord(Math.max(0, width)))
                .append("\" height=\"").append(Numbers.coord(Math.max(0, height)))
                .append("\" class=\"").append(Escape.html(cssClass)).append('"');
        return titled(title, "rect");
    }

    Svg circle(double x, double y, double radius, String cssClass) {
        out.append("<circle cx=\"").append(Numbers.coord(x)).append("\" cy=\"")
                .append(Numbers.coord(y)).append("\" r=\"").append(Numbers.coord(radius))
                .append("\" class=\"").append(Escape.html(cssClass)).append("\"/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(Numbers.coord(x1)).append("\" y1=\"").append(Numbers.coord(y1))
                .append("\" x2=\"").append(Numbers.coord(x2)).append("\" y2=\"").append(Numbers.coord(y2))
                .append("\" class=\"").append(Escape.html(cssClass)).append("\"/>\n");
        return this;
    }

    /** A path; {@code d} is built from numbers by the caller. */
    Svg path(String d, String cssClass) {
        out.append("<path d=\"").append(Escape.html(d)).append("\" class=\"")
                .append(Escape.html(cssClass)).append("\"/>\n");
        return this;
    }

    /** @param anchor {@code start}, {@code middle} or {@code end} */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append("<text x=\"").append(Numbers.coord(x)).append("\" y=\"").append(Numbers.coord(y))
                .append("\" text-anchor=\"").append(anchor).append("\" class=\"")
                .append(Escape.html(cssClass)).append("\">").append(Escape.html(text)).append("</text>\n");
        return this;
    }

    /** Markup built elsewhere, already escaped. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    private Svg titled(String title, String element) {
        if (title == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Escape.html(title)).append("</title></").append(element)
                    .append(">\n");
        }
        return this;
    }

    /** The finished element. */
    String close() {
        return out.append("</svg>\n").toString();
    }
}

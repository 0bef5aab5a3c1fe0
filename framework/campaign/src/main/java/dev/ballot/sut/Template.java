package dev.ballot.sut;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills the placeholders of a start command: {@code {name}} is replaced by the value bound to
 * {@code name}. An unknown placeholder is an error, so that a typo fails when the template is read
 * rather than reaching the node. Braces that do not hold a lower-case name ({@code ${HOME}} is
 * fine, {@code {}} too) are left alone.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([a-z][a-z-]*)}");

    private Template() {
    }

    /**
     * Checks that {@code template} uses only the placeholders {@code names}.
     *
     * @throws IllegalArgumentException naming the first unknown placeholder and the known ones
     */
    public static void check(String template, Set<String> names) {
        render(template, names.stream().collect(Collectors.toMap(
                Function.identity(), Function.identity())));
    }

    /**
     * @throws IllegalArgumentException naming the first unknown placeholder and the known ones
     */
    public static String render(String template, Map<String, String> bindings) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = bindings.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder {" + matcher.group(1)
                        + "} in '" + template + "'; known: " + bindings.keySet().stream().sorted()
                        .map(name -> "{" + name + "}").toList());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }
}

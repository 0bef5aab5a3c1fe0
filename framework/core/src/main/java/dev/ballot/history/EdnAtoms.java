package dev.ballot.history;

import java.math.BigInteger;

/**
 * The EDN scalars: strings with their escapes, characters, numbers, keywords and symbols, each
 * turned into plain data ({@link Values}).
 */
final class EdnAtoms {
    /** Digits that always fit a long, so the common case avoids BigInteger. */
    private static final int SAFE_DIGITS = 18;

    private EdnAtoms() {
    }

    /** The rest of a string whose opening quote is consumed. */
    static String string(EdnParser parser, EdnInput in, long line, long column) {
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c == '"') {
                return out.toString();
            }
            if (c == EdnInput.EOF) {
                throw parser.error(in.line(), in.column(), "unexpected end of input in the string"
                        + " that starts at line " + line + " column " + column);
            }
            if (c == '\\') {
                long escapeLine = in.line();
                long escapeColumn = in.column() - 1;
                c = in.read();
                switch (c) {
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case '\\', '"' -> out.append((char) c);
                    case 'u' -> out.append(hex4(parser, in, escapeLine, escapeColumn));
                    default -> throw parser.error(escapeLine, escapeColumn,
                            "bad escape in a string: \\" + (c == EdnInput.EOF ? "" : (char) c));
                }
            } else {
                out.append((char) c);
            }
        }
    }

    private static char hex4(EdnParser parser, EdnInput in, long line, long column) {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in.read(), 16);
            if (digit < 0) {
                throw parser.error(line, column, "bad \\u escape in a string");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    /** A character literal's token (after the backslash), as a one-character string. */
    static String character(EdnParser parser, String name, long line, long column) {
        if (name.length() == 1) {
            return name;
        }
        return switch (name) {
            case "newline" -> "\n";
            case "space" -> " ";
            case "tab" -> "\t";
            case "return" -> "\r";
            case "backspace" -> "\b";
            case "formfeed" -> "\f";
            default -> {
                if (name.length() == 5 && name.charAt(0) == 'u') {
                    try {
                        yield String.valueOf((char) Integer.parseInt(name.substring(1), 16));
                    } catch (NumberFormatException e) {
                        // falls through to the error below
                    }
                }
                throw parser.error(line, column, "bad character literal \\" + name);
            }
        };
    }

    /** {@code ##Inf}, {@code ##-Inf}, {@code ##NaN}. */
    static Double symbolicValue(EdnParser parser, String name, long line, long column) {
        return switch (name) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw parser.error(line, column, "bad symbolic value ##" + name);
        };
    }

    /** A number, keyword or symbol token. */
    static Object atom(EdnParser parser, String token, long line, long column) {
        char first = token.charAt(0);
        boolean signed = (first == '+' || first == '-') && token.length() > 1;
        if (Character.isDigit(first) || signed && Character.isDigit(token.charAt(1))) {
            return number(parser, token, line, column);
        }
        if (first == ':') {
            if (token.length() == 1 || token.charAt(1) == ':' || token.endsWith("/")) {
                throw parser.error(line, column, "bad keyword " + token);
            }
            return token.substring(1);
        }
        return switch (token) {
            case "nil" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                if (!Character.isLetter(first) && "*+!-_?<>=./&%$'".indexOf(first) < 0) {
                    throw parser.error(line, column, "unexpected '" + token + "'");
                }
                yield token;
            }
        };
    }

    private static Object number(EdnParser parser, String token, long line, long column) {
        String digits = token.endsWith("N") ? token.substring(0, token.length() - 1) : token;
        if (isInteger(digits)) {
            return digits.length() <= SAFE_DIGITS ? (Object) Long.parseLong(digits)
                    : Values.integer(new BigInteger(digits));
        }
        String decimal = token.endsWith("M") ? token.substring(0, token.length() - 1) : token;
        try {
            int slash = decimal.indexOf('/');
            if (slash > 0) {
                return new BigInteger(decimal.substring(0, slash)).doubleValue()
                        / new BigInteger(decimal.substring(slash + 1)).doubleValue();
            }
            if (decimal.chars().allMatch(c -> Character.isDigit(c) || "+-.eE".indexOf(c) >= 0)) {
                return Double.parseDouble(decimal);
            }
        } catch (NumberFormatException e) {
            // reported below with its position
        }
        throw parser.error(line, column, "bad number " + token);
    }

    private static boolean isInteger(String text) {
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

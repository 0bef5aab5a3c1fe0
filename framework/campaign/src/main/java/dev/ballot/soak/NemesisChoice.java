package dev.ballot.soak;

import dev.ballot.nemesis.FaultKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One nemesis of a soak's rotation: the fault kinds, and whether faults of different families
 * overlap. Written {@code partition}, {@code partition,crash,amnesia:overlap}, {@code none}; a
 * rotation is such choices separated by {@code ;}.
 */
public record NemesisChoice(Set<FaultKind> kinds, boolean overlap) {
    static final String OVERLAP = ":overlap";

    /**
     * Each kind alone, then the combination that catches a majority losing a chosen value (one
     * node cut off while another is wiped), which needs overlapping faults.
     */
    public static final String DEFAULT = "partition;crash;pause;clock;amnesia;partition,crash,amnesia:overlap";
    public static final List<NemesisChoice> DEFAULT_ROTATION = parseRotation(DEFAULT, false);

    public NemesisChoice {
        kinds = Set.copyOf(kinds);
    }

    /**
     * @param overlap overlap even without {@code :overlap} ({@code --overlap} given)
     * @throws IllegalArgumentException for an unknown kind or an empty rotation
     */
    public static List<NemesisChoice> parseRotation(String rotation, boolean overlap) {
        List<NemesisChoice> choices = Arrays.stream(rotation.split(";"))
                .map(String::trim).filter(text -> !text.isEmpty())
                .map(text -> parse(text, overlap)).toList();
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("no nemesis in the rotation '" + rotation + "'");
        }
        return choices;
    }

    static NemesisChoice parse(String text, boolean overlap) {
        boolean marked = text.endsWith(OVERLAP);
        String list = marked ? text.substring(0, text.length() - OVERLAP.length()) : text;
        return new NemesisChoice(FaultKind.parseList(list), overlap || marked);
    }

    /** As written: {@code partition,crash,amnesia:overlap}. */
    @Override
    public String toString() {
        String list = kinds.isEmpty() ? "none" : String.join(",", kinds.stream().sorted()
                .map(FaultKind::wireName).toList());
        return overlap ? list + OVERLAP : list;
    }
}

package dev.ballot.corpus;

import dev.ballot.model.Model;
import dev.ballot.model.Models;
import java.nio.file.Path;

/**
 * One history of a curated corpus, with its expected verdict.
 *
 * @param file the history file
 * @param model the model's name
 * @param initial the model's initial value
 * @param nilReadsMatchAny whether reads of nil match any state (Knossos' histories need it)
 * @param expectedValid whether the history is linearizable
 */
public record CorpusEntry(Path file, String model, Object initial, boolean nilReadsMatchAny,
                          boolean expectedValid) {

    public Model newModel() {
        return Models.byName(model, initial, nilReadsMatchAny);
    }
}

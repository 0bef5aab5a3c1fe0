package dev.ballot.synth;

import dev.ballot.model.Model;
import dev.ballot.model.Models;

/** The object a synthetic history is about, and the model it is checked against. */
public enum Workload {
    /** One register: read and write. */
    REGISTER("register"),
    /** One register: read, write and cas. */
    CAS_REGISTER("cas-register"),
    /** Independent cas-registers; every operation carries a {@code key}. */
    KV("kv");

    private final String modelName;

    Workload(String modelName) {
        this.modelName = modelName;
    }

    /** The model's name on the command line. */
    public String modelName() {
        return modelName;
    }

    /** The model to check the history against; nil reads mean "absent", as in the store. */
    public Model model(Object initial) {
        return Models.byName(modelName, initial, false);
    }

    public boolean hasCas() {
        return this != REGISTER;
    }
}

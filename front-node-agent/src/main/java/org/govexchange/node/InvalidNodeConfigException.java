package org.govexchange.node;

import java.util.List;

/** The node's configuration cannot work; the message names every problem found, one per line. */
public class InvalidNodeConfigException extends IllegalStateException {

    private final List<String> problems;

    public InvalidNodeConfigException(List<String> problems) {
        super("The node configuration (gx.node) is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package org.govexchange.node;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a bad node configuration as a list instead of a stack trace. */
class NodeConfigFailureAnalyzer extends AbstractFailureAnalyzer<InvalidNodeConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidNodeConfigException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the gx.node settings listed above (YAML file, --gx.node.* arguments or GX_NODE_* variables); "
                        + "front-node-agent/docs/node.md describes each one.",
                cause);
    }
}

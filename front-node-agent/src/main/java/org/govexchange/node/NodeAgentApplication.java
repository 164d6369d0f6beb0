package org.govexchange.node;

import org.govexchange.node.keys.KeyGenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NodeAgentApplication {

    /** Runs the node, or with {@code keygen ...} writes a key pair and exits (no web server, no database). */
    public static void main(String[] args) {
        if (args.length > 0 && KeyGenCommand.NAME.equals(args[0])) {
            System.exit(KeyGenCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(NodeAgentApplication.class, args);
    }
}

package org.govexchange.node;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NodeAgentApplication {

    public static void main(String[] args) {
        SpringApplication.run(NodeAgentApplication.class, args);
    }
}

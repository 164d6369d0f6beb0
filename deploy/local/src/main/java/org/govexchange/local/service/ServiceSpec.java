package org.govexchange.local.service;

import java.util.List;
import java.util.Map;
import org.govexchange.local.supervision.RunningProcess.Kind;

/**
 * One Spring Boot process of the platform.
 *
 * @param name the component name shown in the table and used for its log file
 * @param module the Maven module whose boot jar it runs ({@code <module>/target/<module>.jar})
 * @param args arguments beyond those every Spring process gets
 * @param env environment beyond the launcher's own
 */
public record ServiceSpec(String name, String module, int port, Kind kind, List<String> args, Map<String, String> env) {

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}

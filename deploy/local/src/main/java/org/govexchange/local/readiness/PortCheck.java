package org.govexchange.local.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Finds fixed ports that are taken before anything starts, so a conflict never leaves a half-started stack. */
public final class PortCheck {

    private static final int CONNECT_TIMEOUT_MS = 300;

    private PortCheck() {}

    /** One message per taken port, e.g. "port 8083 (population-db-service) is already in use". */
    public static List<String> conflicts(Map<Integer, String> componentsByPort, IntPredicate inUse) {
        List<String> conflicts = new ArrayList<>();
        componentsByPort.forEach((port, component) -> {
            if (inUse.test(port)) {
                conflicts.add(conflictMessage(port, component));
            }
        });
        return conflicts;
    }

    static String conflictMessage(int port, String component) {
        return "port " + port + " (" + component + ") is already in use";
    }

    /**
     * Taken if something answers on the loopback address or the port cannot be bound on every interface, which is
     * how Spring Boot binds it.
     */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException notListening) {
            // nobody answers on loopback; it may still be bound elsewhere
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A port nobody uses right now, chosen by the OS. */
    public static int freePort() {
        try (ServerSocket server = new ServerSocket(0)) {
            return server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}

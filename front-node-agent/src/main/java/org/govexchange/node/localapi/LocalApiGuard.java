package org.govexchange.node.localapi;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the node's whole local API ({@code /node/**}: push, backfill, status, quarantine): without {@code gx.node.push.api-key} only callers on this
 * machine (loopback) are admitted; with it, callers from anywhere that send the key in {@code X-GX-Node-Key}.
 */
@Component
public class LocalApiGuard implements HandlerInterceptor {

    public static final String HEADER = "X-GX-Node-Key";
    public static final String LOCAL_API_FORBIDDEN = "LOCAL_API_FORBIDDEN";

    private final byte[] apiKey;

    public LocalApiGuard(NodeProperties node) {
        String key = node.push().apiKey();
        this.apiKey = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String presented = request.getHeader(HEADER);
        if (apiKey != null && presented != null) {
            if (MessageDigest.isEqual(apiKey, presented.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
            throw new ProblemException(401, ProblemCodes.UNAUTHENTICATED, "The " + HEADER + " header is wrong.");
        }
        if (loopback(socketAddress(request))) {
            return true;
        }
        throw new ProblemException(
                403,
                LOCAL_API_FORBIDDEN,
                apiKey == null
                        ? "The node's local API answers only on this machine (loopback)."
                        : "Send the node's API key in " + HEADER + ".");
    }

    /**
     * The peer of the TCP connection. The framework's forwarded-header support wraps the request and reports the
     * X-Forwarded-For address, which any caller can write: the innermost request still knows the real peer.
     */
    static String socketAddress(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner.getRemoteAddr();
    }

    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

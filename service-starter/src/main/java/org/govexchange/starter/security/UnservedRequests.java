package org.govexchange.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that nothing serves: no controller, no actuator endpoint, only the static-resource fallback.
 * Such a request can only end in the 404 problem, so letting it through unauthenticated discloses nothing and
 * keeps the platform's "unknown path is 404 NOT_FOUND" answer. Every request that does reach a handler stays
 * under the rules the chain names, and needs authentication if none names it: a controller someone adds without
 * a rule is closed, not open.
 */
public final class UnservedRequests implements RequestMatcher {

    private final ObjectProvider<HandlerMapping> handlerMappings;

    public UnservedRequests(ObjectProvider<HandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // The probe keeps the attributes the mappings set to itself: the dispatcher later sees a clean request.
        HttpServletRequest probe = new AttributeShield(request);
        ServletRequestPathUtils.parseAndCache(probe);
        List<HandlerMapping> mappings = handlerMappings.orderedStream().toList();
        for (HandlerMapping mapping : mappings) {
            HandlerExecutionChain chain;
            try {
                chain = mapping.getHandler(probe);
            } catch (Exception e) {
                // A path served with another method or media type: served, so under the rules.
                return false;
            }
            if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                return false;
            }
        }
        return true;
    }

    /** Request attributes written by the probe stay in the probe. */
    private static final class AttributeShield extends HttpServletRequestWrapper {

        private final Map<String, Object> written = new HashMap<>();

        AttributeShield(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return written.containsKey(name) ? written.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            written.put(name, null);
        }
    }
}

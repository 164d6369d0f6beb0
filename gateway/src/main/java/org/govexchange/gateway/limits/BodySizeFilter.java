package org.govexchange.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies over {@code gx.gateway.limits.max-body-size}: refused at once when Content-Length says so,
 * and cut off while streaming when a chunked body grows past the limit (413 PAYLOAD_TOO_LARGE either way).
 */
@Component
public class BodySizeFilter implements WebFilter, Ordered {

    /** After the edge filter (request id, audit), before authentication: no work for an oversized body. */
    public static final int ORDER = -150;

    private final long max;

    public BodySizeFilter(LimitProperties properties) {
        this.max = properties.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > max) {
            return Mono.error(tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        if (!request.getHeaders().containsHeader("Transfer-Encoding")) {
            return chain.filter(exchange);
        }
        ServerHttpRequest bounded = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<org.springframework.core.io.buffer.DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(bounded).build());
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                413,
                ProblemCodes.PAYLOAD_TOO_LARGE,
                "The request body is larger than the gateway accepts (" + max + " bytes).");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

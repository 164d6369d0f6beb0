package org.govexchange.gateway.edge;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The response as every filter and handler below the edge filter sees it: each body buffer is counted into
 * the {@link CallRecord} as it passes on its way to the server, and passed on unchanged. Nothing is held or
 * buffered, so streamed bodies of any size stay streamed; a body written as one {@link Mono} stays a Mono.
 */
final class CountingResponse extends ServerHttpResponseDecorator {

    private final CallRecord call;

    CountingResponse(ServerHttpResponse delegate, CallRecord call) {
        super(delegate);
        this.call = call;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return super.writeWith(counted(body));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return super.writeAndFlushWith(Flux.from(body).map(this::counted));
    }

    private Publisher<? extends DataBuffer> counted(Publisher<? extends DataBuffer> body) {
        // readableByteCount is read before the buffer moves on (and is written and released).
        if (body instanceof Mono<? extends DataBuffer> single) {
            return single.doOnNext(buffer -> call.wrote(buffer.readableByteCount()));
        }
        return Flux.from(body).doOnNext(buffer -> call.wrote(buffer.readableByteCount()));
    }
}

package org.govexchange.gateway.edge;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Netty or Spring refuse before WebFlux sees them — a request line over the limit (414), headers over
 * the limit (431), an undecodable request, a target that is not a URI ({@code %zz}, a literal {@code \},
 * raw control or non-ASCII bytes: Spring would answer a bare 400) — are answered here, with a problem+json
 * body and a code, and the connection is closed. Everything else passes untouched.
 */
@Component
class NettyRejections implements NettyServerCustomizer {

    private static final String HANDLER = "gx.rejections";

    private final JsonMapper json;

    NettyRejections(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, HANDLER, new Handler());
            }
        });
    }

    private final class Handler extends ChannelDuplexHandler {

        /** Once a request is refused, whatever else arrives on the connection is dropped. */
        private boolean refused;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (refused) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                FullHttpResponse problem = problemFor(request);
                if (problem != null) {
                    refused = true;
                    ReferenceCountUtil.release(msg);
                    ctx.writeAndFlush(problem).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }

        private FullHttpResponse problemFor(HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                Throwable cause = request.decoderResult().cause();
                if (cause instanceof TooLongHttpLineException) {
                    return problem(
                            HttpResponseStatus.REQUEST_URI_TOO_LONG,
                            ProblemCodes.URI_TOO_LONG,
                            "The request line is longer than the gateway accepts.");
                }
                if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                    return problem(
                            HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            ProblemCodes.HEADERS_TOO_LARGE,
                            "The request headers are larger than the gateway accepts.");
                }
                return problem(
                        HttpResponseStatus.BAD_REQUEST,
                        ProblemCodes.MALFORMED_REQUEST,
                        "The request is not valid HTTP/1.1.");
            }
            if (!isUri(request.uri())) {
                return problem(
                        HttpResponseStatus.BAD_REQUEST,
                        ProblemCodes.PATH_NOT_CANONICAL,
                        "The request target is not a valid URI: send each path segment percent-encoded once"
                                + " (UTF-8), without raw \\, control or non-ASCII characters.");
            }
            return null;
        }

        private FullHttpResponse problem(HttpResponseStatus status, String code, String detail) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", ProblemCodes.typeOf(code));
            body.put("title", status.reasonPhrase());
            body.put("status", status.code());
            body.put("detail", detail);
            body.put(ProblemCodes.CODE_MEMBER, code);
            byte[] bytes = json.writeValueAsBytes(body);
            FullHttpResponse response =
                    new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }

    private static boolean isUri(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

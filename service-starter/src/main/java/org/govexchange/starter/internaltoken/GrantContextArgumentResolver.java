package org.govexchange.starter.internaltoken;

import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InvalidInternalTokenException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller declare a {@link GrantContext} parameter; without a verified token it refuses. */
class GrantContextArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return GrantContext.class.equals(parameter.getParameterType());
    }

    @Override
    public GrantContext resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Object grant = webRequest.getAttribute(GrantContext.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (grant == null) {
            throw new InvalidInternalTokenException(
                    "This endpoint serves data only to requests that came through the gateway.");
        }
        return (GrantContext) grant;
    }
}

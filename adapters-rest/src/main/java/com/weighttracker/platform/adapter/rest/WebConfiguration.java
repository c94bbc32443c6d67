package com.weighttracker.platform.adapter.rest;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.weighttracker.platform.security.CurrentEmailVerification;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.UserId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Resolves {@link CurrentUser} parameters and enforces {@link RequiresVerifiedEmail}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentEmailVerification emailVerification;

    WebConfiguration(CurrentEmailVerification emailVerification) {
        this.emailVerification = emailVerification;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new VerifiedEmailInterceptor(emailVerification));
    }

    private static final class CurrentUserResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(CurrentUser.class)
                    && parameter.getParameterType().equals(UserId.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binderFactory) {
            return AccessTokenClaims.currentUserId();
        }
    }

    /**
     * The token's {@code email_verified} decides; when it says "no", the current state is asked once
     * (the token may predate the verification), so only unverified callers pay a lookup.
     */
    private static final class VerifiedEmailInterceptor implements HandlerInterceptor {

        private final CurrentEmailVerification emailVerification;

        VerifiedEmailInterceptor(CurrentEmailVerification emailVerification) {
            this.emailVerification = emailVerification;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method
                    && (method.hasMethodAnnotation(RequiresVerifiedEmail.class)
                            || method.getBeanType().isAnnotationPresent(RequiresVerifiedEmail.class))
                    && !AccessTokenClaims.currentEmailVerified()
                    && !emailVerification.isVerified(AccessTokenClaims.currentUserId())) {
                throw NotPermitted.emailNotVerified();
            }
            return true;
        }
    }
}

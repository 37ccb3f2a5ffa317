package org.peacewatch.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETag and Cache-Control on the analyst read endpoints, so dashboards and curl scripts that repeat a request get a
 * 304 instead of a recomputed answer. Streamed exports opt out of the ETag (it would buffer the whole body).
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfig {

    private static final String[] READ_PATHS = {"/api/v1/timeline", "/api/v1/articles", "/api/v1/articles/*",
            "/api/v1/cooccurrence", "/api/v1/actors", "/api/v1/topics"};

    /** New articles arrive every few minutes; a minute of staleness is invisible on a daily timeline. */
    static final String CACHE_CONTROL = "public, max-age=60";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> readEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(READ_PATHS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readCacheControl() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                chain.doFilter(request, new ErrorsUncached(response));
            }
        });
        registration.addUrlPatterns(READ_PATHS);
        return registration;
    }

    /** Errors (a 400 for a typo, a 404 for a slug added a moment later) must not be cached. */
    static final class ErrorsUncached extends HttpServletResponseWrapper {

        ErrorsUncached(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            super.sendError(status, message);
        }
    }
}

package org.peacewatch.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 serving fixture pages, counting the requests for each path and noting when each
 * request arrived.
 */
public final class LocalSite implements AutoCloseable {

    public record Page(int status, String contentType, byte[] body, Map<String, String> headers) {

        public static Page of(String contentType, String body) {
            return new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> arrivalNanos = new ArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalSite page(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    public LocalSite page(String path, String contentType, String body) {
        return page(path, Page.of(contentType, body));
    }

    /** Serves a handler for paths that need behaviour, not fixed bytes (slow bodies, conditional GET...). */
    public LocalSite handler(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            arrived();
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            handler.handle(exchange);
        });
        return this;
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** {@link System#nanoTime()} at the arrival of every request so far, any path, in arrival order. */
    public List<Long> arrivalNanos() {
        synchronized (arrivalNanos) {
            return List.copyOf(arrivalNanos);
        }
    }

    private void arrived() {
        long now = System.nanoTime();
        synchronized (arrivalNanos) {
            arrivalNanos.add(now);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        arrived();
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Page page = pages.get(path);
        if (page == null) {
            page = new Page(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
        }
        page.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", page.contentType());
        exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.ipwp.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves the preview output folder over HTTP (GET and HEAD only), injects the live-reload script
 * into HTML responses, and replaces every HTML response with the error page while the latest
 * build is broken.
 */
public final class PreviewServer {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final Path output;
    private final Supplier<BuildStatus> status;
    private final LiveReload liveReload;
    private final HttpServer server;
    private final ExecutorService executor;

    private PreviewServer(Path output, Supplier<BuildStatus> status, LiveReload liveReload, HttpServer server,
                          ExecutorService executor) {
        this.output = output;
        this.status = status;
        this.liveReload = liveReload;
        this.server = server;
        this.executor = executor;
    }

    /** Binds {@code host:port} (port 0 for a free one) and starts serving. */
    static PreviewServer start(String host, int port, Path output, Supplier<BuildStatus> status, LiveReload liveReload)
            throws IOException {
        // The JDK server writes a response's headers and body separately: with Nagle's algorithm on,
        // the body then waits for the browser's delayed ACK, about 40 ms on every request over a
        // kept-alive connection (measured: 44 ms per page, 1 ms with TCP_NODELAY). The JDK reads
        // this property once, when its first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // A pool rather than the default single thread: every open tab holds one event stream.
        ExecutorService executor = Executors.newCachedThreadPool(namedDaemons("ipwp-preview-http-"));
        PreviewServer preview = new PreviewServer(output, status, liveReload, server, executor);
        server.createContext("/", preview::handle);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    /** Closes event streams, stops accepting requests and waits for the worker threads. */
    public void stop() {
        liveReload.closeAll();
        // Give the event streams a moment to end properly (final chunk sent) before sockets close.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (liveReload.clientCount() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", "unexpected Host header\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (LiveReload.EVENTS_PATH.equals(rawPath) && !head) {
                liveReload.stream(exchange);
                return;
            }
            if (LiveReload.SCRIPT_PATH.equals(rawPath)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            BuildStatus current = status.get();
            RequestPath.Resolution resolution = RequestPath.resolve(output, rawPath);
            if (resolution instanceof RequestPath.Found found) {
                serveFile(exchange, found.file(), current, head);
            } else if (resolution instanceof RequestPath.Redirect redirect) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", redirect.location() + (query == null ? "" : "?" + query));
                send(exchange, 301, "text/plain; charset=utf-8", "moved\n".getBytes(StandardCharsets.UTF_8), head);
            } else if (resolution instanceof RequestPath.BadRequest) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8), head);
            } else {
                notFound(exchange, current, head);
            }
        } catch (IOException e) {
            // The browser went away mid-response; the server carries on.
        }
    }

    /**
     * On a loopback bind, only loopback host names are answered: a web page on another origin could
     * otherwise point its own domain at 127.0.0.1 (DNS rebinding) and read the preview, drafts included.
     */
    private boolean hostAllowed(String hostHeader) {
        if (!server.getAddress().getAddress().isLoopbackAddress()) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(0, end + 1);
        } else if (host.contains(":")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    private void serveFile(HttpExchange exchange, Path file, BuildStatus current, boolean head) throws IOException {
        String name = file.getFileName().toString();
        if (!ContentTypes.isHtml(name)) {
            send(exchange, 200, ContentTypes.of(name), Files.readAllBytes(file), head);
        } else if (!current.ok()) {
            sendHtml(exchange, 500, ErrorPage.render(current.problems()), head);
        } else {
            sendHtml(exchange, 200, Files.readString(file, StandardCharsets.UTF_8), head);
        }
    }

    private void notFound(HttpExchange exchange, BuildStatus current, boolean head) throws IOException {
        if (!current.ok()) {
            sendHtml(exchange, 500, ErrorPage.render(current.problems()), head);
            return;
        }
        Path page = output.resolve("404.html");
        String body = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8)
                : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><h1>Not found</h1></body></html>";
        sendHtml(exchange, 404, body, head);
    }

    private void sendHtml(HttpExchange exchange, int code, String html, boolean head) throws IOException {
        send(exchange, code, HTML, LiveReload.inject(html).getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int code, String contentType, byte[] body, boolean head) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

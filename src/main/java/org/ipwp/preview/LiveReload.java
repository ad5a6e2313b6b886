package org.ipwp.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over Server-Sent Events: browsers hold {@link #EVENTS_PATH} open and reload when a
 * {@code reload} event arrives after each build. SSE rather than WebSocket because the JDK server
 * speaks it with plain chunked responses and {@code EventSource} reconnects by itself.
 */
final class LiveReload {

    static final String EVENTS_PATH = "/__ipwp/events";
    static final String SCRIPT_PATH = "/__ipwp/live.js";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";

    static final String SCRIPT = """
            // ipwp preview: reload this tab after every rebuild (injected by `ipwp serve` only).
            (function () {
              var source = new EventSource('%s');
              source.addEventListener('reload', function () { location.reload(); });
            })();
            """.formatted(EVENTS_PATH);

    /** Sent to a client's queue to end its stream when the server stops. */
    private static final String CLOSE = "\u0000close";

    /** Keep-alive comments let a handler notice a closed tab instead of blocking forever. */
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

    /** Tells every open tab that a build finished. */
    void reload(long generation) {
        String event = "event: reload\ndata: " + generation + "\n\n";
        clients.forEach(queue -> queue.offer(event));
    }

    /** Ends every open event stream, so that the server can stop without waiting for them. */
    void closeAll() {
        clients.forEach(queue -> queue.offer(CLOSE));
    }

    int clientCount() {
        return clients.size();
    }

    /** Serves one event stream until the tab goes away or {@link #closeAll} is called. */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            // The hello event tells the client (and tests) the subscription is in place.
            write(body, "retry: 1000\nevent: hello\ndata: ipwp\n\n");
            while (true) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) {
                    return;
                }
                write(body, event == null ? ": keep-alive\n\n" : event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed; nothing to do.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** Inserts the script tag before the last {@code </body>}, or at the end when there is none. */
    static String inject(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + SCRIPT_TAG + "\n" : html.substring(0, at) + SCRIPT_TAG + "\n" + html.substring(at);
    }
}

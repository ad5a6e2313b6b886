package org.ipwp.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.ipwp.site.SiteFixture;

/**
 * Test helper: a preview session on a free port over a temporary copy of the sample site. The
 * output folder sits inside the site folder, next to {@code jbake.properties}, so that a
 * traversal one level up would really reach a file.
 */
final class PreviewHarness implements AutoCloseable {

    /** The sample site's chapter the rebuild tests edit, its URL and a sentence of it. */
    static final String CHAPTER = "content/zh/whitepaper/02-management.adoc";
    static final String CHAPTER_URL = "/zh/whitepaper/02-management/";
    static final String SENTENCE = "重庆市知识产权管理体系逐步完善。";


    final SiteFixture fixture;
    final Path output;
    final PreviewSession session;
    final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Edits the site copy before the preview starts. */
    interface Setup {
        void apply(SiteFixture fixture) throws IOException;
    }

    PreviewHarness(Path temp, boolean drafts) throws IOException {
        this(temp, drafts, fixture -> { });
    }

    PreviewHarness(Path temp, boolean drafts, Setup setup) throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        setup.apply(fixture);
        output = fixture.root().resolve("preview-out");
        PrintStream print = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        session = PreviewSession.start(new PreviewConfig(fixture.root(), output, "127.0.0.1", 0, drafts), print, print);
    }

    String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + session.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls {@code path} until the response satisfies {@code until} or 20 s pass; returns the last response. */
    HttpResponse<String> poll(String path, Predicate<HttpResponse<String>> until) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> response = get(path);
        while (!until.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(path);
        }
        return response;
    }

    /**
     * Waits until a build later than generation {@code after} has finished (at most 30 s) and
     * returns its status.
     */
    BuildStatus awaitBuildAfter(long after) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        BuildStatus status = session.status();
        while (status.generation() <= after && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = session.status();
        }
        if (status.generation() <= after) {
            throw new AssertionError("no build after generation " + after + "; terminal:\n" + terminal());
        }
        return status;
    }

    /**
     * Sends a request line exactly as written, over a plain socket, so that no client library
     * normalises away the {@code ..} or escapes under test. Returns the whole response.
     */
    String raw(String requestTarget) throws IOException {
        return raw(requestTarget, "127.0.0.1");
    }

    /** {@link #raw(String)} with a chosen Host header. */
    String raw(String requestTarget, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), session.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}

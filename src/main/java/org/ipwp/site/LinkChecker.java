package org.ipwp.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ipwp.diag.Diagnostics;
import org.ipwp.diag.SourcePosition;
import org.ipwp.markup.TagScanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site before it is published: every internal link, stylesheet, script and image
 * resolves to a file, every {@code #fragment} to an id, and nothing is loaded from another host.
 * Absolute links under the site's base URL (hreflang, canonical) are checked as internal ones.
 */
public final class LinkChecker {

    /** The elements that link or load, by tag name, and the attribute that holds the address. */
    private static final Map<String, String> LINKING_ATTRIBUTE = Map.of(
            "a", "href", "link", "href", "img", "src", "script", "src", "source", "src", "iframe", "src");

    private final Path siteRoot;
    private final URI baseUrl;
    private final Diagnostics diagnostics;
    private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();
    private final Map<Path, String> pending;
    private final java.util.function.Function<Path, Set<String>> knownIds;
    /** Links checked on each page checked so far. */
    private final Map<Path, Integer> linksByFile = new ConcurrentHashMap<>();
    /**
     * What each linked path is, asked of the file system once per checker: the tree does not change
     * while it is checked, and a site's tens of thousands of links point to a few thousand files
     * (two stat calls per link were 155,000 system calls in a 1,000-page build).
     */
    private final Map<Path, PathKind> kinds = new ConcurrentHashMap<>();

    private enum PathKind { FOLDER, FILE, NONE }

    public LinkChecker(Path siteRoot, URI baseUrl, Diagnostics diagnostics) {
        this(siteRoot, baseUrl, diagnostics, Map.of());
    }

    /**
     * A checker that sees {@code pending} pages (absolute path to HTML) as if they were already
     * written: the preview checks the pages it re-rendered before they replace the served ones.
     */
    public LinkChecker(Path siteRoot, URI baseUrl, Diagnostics diagnostics, Map<Path, String> pending) {
        this(siteRoot, baseUrl, diagnostics, pending, page -> null);
    }

    /**
     * A checker that takes the ids of pages it does not check from {@code knownIds} (absolute path
     * to ids, or {@code null} to parse the page): a cached rebuild knows them from the last build.
     */
    LinkChecker(Path siteRoot, URI baseUrl, Diagnostics diagnostics, Map<Path, String> pending,
                java.util.function.Function<Path, Set<String>> knownIds) {
        this.siteRoot = siteRoot;
        this.baseUrl = baseUrl;
        this.diagnostics = diagnostics;
        this.pending = Map.copyOf(pending);
        this.knownIds = knownIds;
    }

    /** One parsed page: its ids and the links in it, in document order. */
    record ParsedPage(Path file, Set<String> ids, List<Link> links) {
    }

    /** A link, and whether the browser loads it with the page (a stylesheet, script or image). */
    record Link(String target, boolean loads) {
    }

    /** Checks every HTML file on every core; returns the number of links checked. */
    public int checkAll() throws IOException {
        try (PageWorkers workers = PageWorkers.perCore()) {
            return checkAll(workers);
        }
    }

    /**
     * Checks every HTML file with the build's workers: each page is parsed once (its ids are then
     * known to every link pointing at it), then each page's links are checked.
     */
    int checkAll(PageWorkers workers) throws IOException {
        return checkAll(workers, file -> false, (file, document) -> { });
    }

    /** Reads a page's parse on the worker that parsed it, after the checker took what it needs. */
    @FunctionalInterface
    interface ParseReader {
        void read(Path file, Document document) throws IOException;
    }

    /**
     * {@link #checkAll(PageWorkers)}, handing the parse of each page {@code wanted} to {@code reader}
     * as well, so that the search index needs no parse of its own. The other pages are read in one
     * pass over their tags where they allow it.
     */
    int checkAll(PageWorkers workers, java.util.function.Predicate<Path> wanted, ParseReader reader) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(siteRoot)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<ParsedPage> parsed = workers.map(pages, page -> {
            if (!wanted.test(page)) {
                return parse(page);
            }
            Document document = Jsoup.parse(text(page));
            ParsedPage facts = facts(page, document);
            reader.read(page, document);
            return facts;
        });
        parsed.forEach(page -> idsByFile.put(page.file(), page.ids()));
        int links = 0;
        for (int count : workers.map(parsed, this::check)) {
            links += count;
        }
        return links;
    }

    /**
     * Checks the links of {@code pages} only (absolute paths, pending or written); pages they link
     * to are parsed when a {@code #fragment} needs their ids. Returns the number of links checked.
     */
    public int check(Collection<Path> pages) throws IOException {
        List<ParsedPage> parsed = new ArrayList<>();
        for (Path page : pages) {
            ParsedPage one = parse(page);
            idsByFile.put(page, one.ids());
            parsed.add(one);
        }
        int links = 0;
        for (ParsedPage page : parsed) {
            links += check(page);
        }
        return links;
    }

    /** Every page checked so far (absolute path) with the number of links checked on it. */
    Map<Path, Integer> linksByPage() {
        return Map.copyOf(linksByFile);
    }

    /** The ids of {@code page} (absolute path), parsed once by a check or as a link target. */
    Set<String> idsOf(Path page) {
        return idsByFile.get(page);
    }

    /** A page's ids and links: in one pass over its tags, or from a full parse when the pass cannot read it. */
    private ParsedPage parse(Path page) throws IOException {
        String html = text(page);
        ParsedPage scanned = scannedFacts(page, html);
        return scanned != null ? scanned : facts(page, Jsoup.parse(html));
    }

    private String text(Path page) throws IOException {
        String text = pending.get(page);
        return text != null ? text : new String(Files.readAllBytes(page), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * {@link #facts} read in one pass over the tags ({@link TagScanner}), or {@code null} when the
     * page is outside the subset it reads or its end tags do not close the innermost element
     * (a parser could then move or copy elements). {@code LinkCheckerTest} compares both on every
     * page of the site.
     */
    static ParsedPage scannedFacts(Path page, String html) {
        Set<String> ids = new HashSet<>();
        List<Link> links = new ArrayList<>();
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        boolean[] nested = {true};
        boolean read = TagScanner.scan(html, new TagScanner.Visitor() {
            @Override
            public void text(int start, int end) {
            }

            @Override
            public void startTag(TagScanner.StartTag tag) {
                String id = tag.value(html, "id");
                if (id != null) {
                    ids.add(Parser.unescapeEntities(id, true));
                }
                String attribute = LINKING_ATTRIBUTE.get(tag.name());
                String target = attribute == null ? null : tag.value(html, attribute);
                if (target != null) {
                    String rel = tag.value(html, "rel");
                    boolean loads = !tag.name().equals("a") && !(tag.name().equals("link") && rel != null
                            && List.of("alternate", "canonical").contains(Parser.unescapeEntities(rel, true)));
                    links.add(new Link(Parser.unescapeEntities(target, true), loads));
                }
                if (!tag.selfClosing() && !TagScanner.VOID.contains(tag.name())) {
                    open.push(tag.name());
                }
            }

            @Override
            public void endTag(String name, int start, int end) {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    nested[0] = false;
                } else {
                    open.pop();
                }
            }
        });
        return read && nested[0] ? new ParsedPage(page, ids, links) : null;
    }

    static ParsedPage facts(Path page, Document document) {
        // One walk over the elements, in document order: two selector queries walked the tree twice
        // and tested six alternatives on every element.
        Set<String> ids = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            String attribute = LINKING_ATTRIBUTE.get(element.normalName());
            if (attribute != null && element.hasAttr(attribute)) {
                boolean loads = !element.normalName().equals("a") && !(element.normalName().equals("link")
                        && List.of("alternate", "canonical").contains(element.attr("rel")));
                links.add(new Link(element.attr(attribute), loads));
            }
        }
        return new ParsedPage(page, ids, links);
    }

    private int check(ParsedPage parsed) throws IOException {
        Path page = parsed.file();
        String name = "site:" + siteRoot.relativize(page).toString().replace('\\', '/');
        boolean notFoundPage = page.getFileName().toString().equals("404.html") && page.getParent().equals(siteRoot);
        for (Link link : parsed.links()) {
            checkTarget(page, name, link.target(), link.loads(), notFoundPage);
        }
        linksByFile.put(page, parsed.links().size());
        return parsed.links().size();
    }

    private void checkTarget(Path page, String name, String target, boolean loads, boolean notFoundPage) throws IOException {
        SourcePosition at = SourcePosition.file(name);
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            diagnostics.error("link.malformed", at, "malformed link '" + target + "'");
            return;
        }
        String path;
        if (uri.isAbsolute()) {
            String base = baseUrl.toString();
            if (!target.startsWith(base)) {
                if (loads) {
                    diagnostics.error("link.third-party", at, "loads '" + target + "' from another host; ship the file under assets/");
                }
                return;
            }
            path = target.substring(base.length());
            checkFile(siteRoot, path, uri.getRawFragment(), name, target);
            return;
        }
        if (target.startsWith("//")) {
            diagnostics.error("link.third-party", at, "protocol-relative link '" + target + "'");
            return;
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (notFoundPage && rawPath.startsWith("/")) {
            // The 404 page uses root-relative links under the base path.
            String basePath = baseUrl.getRawPath();
            if (!rawPath.startsWith(basePath)) {
                diagnostics.error("link.broken", at, "link '" + target + "' is outside the base path " + basePath);
                return;
            }
            checkFile(siteRoot, rawPath.substring(basePath.length()), uri.getRawFragment(), name, target);
            return;
        }
        if (rawPath.startsWith("/")) {
            diagnostics.error("link.root-relative", at, "root-relative link '" + target + "' breaks under a sub-path; use a relative link");
            return;
        }
        if (rawPath.isEmpty()) {
            // A fragment of the page itself.
            checkFile(page.getParent(), page.getFileName().toString(), uri.getRawFragment(), name, target);
            return;
        }
        checkFile(page.getParent(), rawPath, uri.getRawFragment(), name, target);
    }

    private void checkFile(Path folder, String rawPath, String fragment, String name, String target) throws IOException {
        SourcePosition at = SourcePosition.file(name);
        String decoded = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
        Path file = decoded.isEmpty() ? null : folder.resolve(decoded).normalize();
        if (file != null && !file.startsWith(siteRoot)) {
            diagnostics.error("link.broken", at, "link '" + target + "' leaves the site");
            return;
        } else if (file != null && kind(file) == PathKind.FOLDER) {
            if (!decoded.endsWith("/") && !decoded.isEmpty()) {
                diagnostics.error("link.broken", at, "link '" + target + "' to a folder must end with '/'");
                return;
            }
            file = file.resolve("index.html");
        }
        if (file != null && kind(file) != PathKind.FILE && !pending.containsKey(file)) {
            diagnostics.error("link.broken", at, "link '" + target + "' points to a page or file that does not exist");
            return;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Path html = file;
            if (html == null || !html.toString().endsWith(".html")) {
                return;
            }
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!ids(html).contains(id)) {
                diagnostics.error("link.missing-anchor", at, "link '" + target + "' points to an anchor that does not exist");
            }
        }
    }

    private PathKind kind(Path path) {
        return kinds.computeIfAbsent(path, p -> Files.isDirectory(p) ? PathKind.FOLDER
                : Files.isRegularFile(p) ? PathKind.FILE : PathKind.NONE);
    }

    /** The ids of a page: known from {@link #parse} for every page checked. */
    private Set<String> ids(Path html) throws IOException {
        Set<String> ids = idsByFile.get(html);
        if (ids == null) {
            // A page outside the ones checked (the preview checks a few): known, or parsed once.
            ids = knownIds.apply(html);
            if (ids == null) {
                ids = parse(html).ids();
            }
            idsByFile.put(html, ids);
        }
        return ids;
    }
}

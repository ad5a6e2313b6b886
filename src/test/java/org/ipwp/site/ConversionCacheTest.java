package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache ({@code --cache}): a cached build is byte-identical to a cold one, only
 * changed bodies are converted again (seen in the report line's counter, not in timings), and the
 * warnings of a conversion are reported again on a cache hit.
 */
class ConversionCacheTest {

    private static final Pattern COUNTS = Pattern.compile("converted (\\d+) of (\\d+) bodies \\((\\d+) from cache\\)");
    private static final String ZH_OVERVIEW = "content/zh/whitepaper/01-overview.adoc";

    @TempDir
    Path temp;

    private SiteFixture fixture;

    private SiteFixture.Run build(String out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--out", temp.resolve(out).toString()));
        args.addAll(List.of(extra));
        SiteFixture.Run run = fixture.build(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private String cache() {
        return temp.resolve("cache").toString();
    }

    /** {converted, bodies} from the summary line. */
    private static int[] counts(SiteFixture.Run run) {
        Matcher m = COUNTS.matcher(run.out());
        assertTrue(m.find(), run.out());
        int converted = Integer.parseInt(m.group(1));
        int bodies = Integer.parseInt(m.group(2));
        assertEquals(bodies - converted, Integer.parseInt(m.group(3)));
        return new int[] {converted, bodies};
    }

    @Test
    void cachedBuildsAreByteIdenticalToAColdBuild() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        SiteFixture.Run cold = build("cold", "--no-cache");
        SiteFixture.Run first = build("first", "--cache", cache());
        SiteFixture.Run second = build("second", "--cache", cache());

        int[] coldCounts = counts(cold);
        assertEquals(coldCounts[1], coldCounts[0], "without a cache every body is converted");
        assertTrue(coldCounts[1] > 10, cold.out());
        assertEquals(coldCounts[1], counts(first)[0], "an empty cache converts every body");
        assertEquals(0, counts(second)[0], "a full cache converts nothing");
        assertEquals(coldCounts[1], counts(second)[1]);

        var expected = SiteFixture.hashes(temp.resolve("cold"));
        assertEquals(expected, SiteFixture.hashes(temp.resolve("first")));
        assertEquals(expected, SiteFixture.hashes(temp.resolve("second")));
        assertEquals(cold.err(), second.err(), "the same warnings, cached or not");
    }

    @Test
    void onlyTheChangedChapterIsConvertedAgain() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        build("first", "--cache", cache());
        fixture.append(ZH_OVERVIEW, "\n本章新增一段说明。\n");
        SiteFixture.Run changed = build("changed", "--cache", cache());
        assertEquals(1, counts(changed)[0], changed.out());
        build("cold", "--no-cache");
        assertEquals(SiteFixture.hashes(temp.resolve("cold")), SiteFixture.hashes(temp.resolve("changed")));
    }

    @Test
    void changedDataInvalidatesEveryBody() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        SiteFixture.Run first = build("first", "--cache", cache());
        // Figures are resolved inside the conversion, so a data change must reconvert (a trailing
        // newline changes the bytes but not the values).
        Path csv = fixture.root().resolve("data/awards/datapackage.json");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        SiteFixture.Run second = build("second", "--cache", cache());
        assertEquals(counts(first)[1], counts(second)[0], second.out());
    }

    @Test
    void warningsOfACachedBodyAreReportedAgain() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        fixture.append(ZH_OVERVIEW, "\n全市专利授权总量为43870件。\n");
        SiteFixture.Run cold = build("cold", "--no-cache");
        SiteFixture.Run first = build("first", "--cache", cache());
        SiteFixture.Run hit = build("hit", "--cache", cache());
        assertEquals(0, counts(hit)[0], hit.out());
        assertTrue(cold.err().contains("[content.stray-number] '43870'"), cold.err());
        assertEquals(cold.err(), first.err());
        assertEquals(cold.err(), hit.err(), "a cache hit reports the conversion's warnings again");

        SiteFixture.Run strict = fixture.build("--out", temp.resolve("strict").toString(), "--cache", cache(), "--strict");
        assertEquals(1, strict.exitCode(), "a cached warning still fails a --strict build");
        assertTrue(strict.err().contains("[content.stray-number] '43870'"), strict.err());
    }

    @Test
    void aCorruptEntryIsAMiss() throws IOException {
        fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        build("first", "--cache", cache());
        try (Stream<Path> files = Files.walk(temp.resolve("cache"))) {
            for (Path entry : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        SiteFixture.Run second = build("second", "--cache", cache());
        assertEquals(counts(second)[1], counts(second)[0], second.out());
        SiteFixture.Run third = build("third", "--cache", cache());
        assertEquals(0, counts(third)[0], "the rewritten entries are used");
        assertEquals(SiteFixture.hashes(temp.resolve("first")), SiteFixture.hashes(temp.resolve("third")));
    }

    @Test
    void theCacheMayNotLiveInTheOutput() {
        fixture = null;
        SiteFixture.Run run = SiteFixture.run("build", "--source", Path.of("").toAbsolutePath().toString(),
                "--out", temp.resolve("out").toString(), "--cache", temp.resolve("out/cache").toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().isEmpty());
    }
}

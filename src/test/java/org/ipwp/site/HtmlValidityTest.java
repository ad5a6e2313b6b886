package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the repository's site is valid HTML by the Nu Html Checker, run locally from the
 * vnu.jar that {@code npm ci} installs (pinned in package-lock.json); warnings count as failures.
 * In CI the jar must be there; on a laptop without {@code npm ci} the test is skipped.
 */
class HtmlValidityTest {

    private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    @TempDir
    Path temp;

    @Test
    void everyPageIsValidHtml() throws IOException, InterruptedException {
        if (System.getenv("CI") != null) {
            assertTrue(Files.isRegularFile(VNU), "CI must install the Nu Html Checker with npm ci (see .ci/run)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(VNU), "run 'npm ci' to install the Nu Html Checker");
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("src"));
        Path out = temp.resolve("out");
        assertEquals(0, fixture.build("--out", out.toString(), "--base-url", "https://example.org/ipwp/").exitCode());
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process vnu = new ProcessBuilder(javaBin.toString(), "-jar", VNU.toAbsolutePath().toString(),
                "--Werror", "--skip-non-html", "--format", "gnu", out.toString())
                .redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "vnu did not finish");
        assertEquals(0, vnu.exitValue(), report);
    }
}

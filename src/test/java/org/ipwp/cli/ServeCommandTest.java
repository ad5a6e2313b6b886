package org.ipwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipwp.site.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} option errors are reported before anything is built or bound. */
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        SiteFixture fixture = SiteFixture.copyOfRepositorySite(temp.resolve("site"));
        String source = fixture.root().toString();
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("keep.txt"), "not a site");
        assertUsage(SiteFixture.run("serve", "--source", source, "--port", "http"), "--port needs a number");
        assertUsage(SiteFixture.run("serve", "--source", source, "--port", "70000"), "--port needs a number");
        assertUsage(SiteFixture.run("serve", "--source", source, "--bogus"), "unknown option '--bogus'");
        assertUsage(SiteFixture.run("serve", "--source", source, "--out", foreign.toString()), "was not built by ipwp");
        assertUsage(SiteFixture.run("serve", "--source", source, "--out", fixture.root().resolve("content/x").toString()),
                "must not contain the site or be inside content/");
        assertUsage(SiteFixture.run("serve", "--source", source, "--out", fixture.root().resolve("assets/x").toString()),
                "must not be inside assets/");
        assertUsage(SiteFixture.run("serve", "--source", temp.resolve("missing").toString()), "is not a folder");
        assertEquals("not a site", Files.readString(foreign.resolve("keep.txt")));
    }

    @Test
    void theUsageDocumentsTheCommand() {
        SiteFixture.Run help = SiteFixture.run("--help");
        for (String option : List.of("serve", "--host", "--port", "target/preview")) {
            assertTrue(help.out().contains(option), option);
        }
    }

    private static void assertUsage(SiteFixture.Run run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("ipwp serve: ") && run.err().contains(message), run.err());
    }
}

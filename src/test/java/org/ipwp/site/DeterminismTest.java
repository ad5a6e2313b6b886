package org.ipwp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, whatever the folder it is built from or into. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsInDifferentFoldersAreByteIdentical() throws IOException {
        SiteFixture first = SiteFixture.copyOfRepositorySite(temp.resolve("a/site"));
        SiteFixture second = SiteFixture.copyOfRepositorySite(temp.resolve("b/elsewhere"));
        assertEquals(0, first.build("--out", temp.resolve("a/out").toString()).exitCode());
        assertEquals(0, second.build("--out", temp.resolve("b/out2").toString()).exitCode());
        assertEquals(SiteFixture.hashes(temp.resolve("a/out")), SiteFixture.hashes(temp.resolve("b/out2")));
    }
}

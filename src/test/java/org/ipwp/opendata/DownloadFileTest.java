package org.ipwp.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadFileTest {

    @Test
    void givesSizeAndLowerCaseSha256() {
        DownloadFile file = new DownloadFile("a.csv", "text/csv", "abc".getBytes(StandardCharsets.US_ASCII));

        assertEquals(3, file.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.sha256());
    }

    @Test
    void cannotBeChangedThroughTheArrays() {
        byte[] content = {1, 2, 3};
        DownloadFile file = new DownloadFile("a.csv", "text/csv", content);

        content[0] = 9;
        file.bytes()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, file.bytes());
    }

    @Test
    void comparesByContent() {
        assertEquals(new DownloadFile("a", "t", new byte[] {1}), new DownloadFile("a", "t", new byte[] {1}));
        assertEquals(new DownloadFile("a", "t", new byte[] {1}).hashCode(), new DownloadFile("a", "t", new byte[] {1}).hashCode());
        assertNotEquals(new DownloadFile("a", "t", new byte[] {1}), new DownloadFile("a", "t", new byte[] {2}));
    }
}

package org.ipwp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts inlined in an HTML page are valid by the Nu Html Checker (warnings count as failures),
 * including several charts on one page, hostile labels and an empty chart. Like
 * {@code org.ipwp.site.HtmlValidityTest} it runs the vnu.jar that {@code npm ci} installs, must
 * find it in CI and is skipped on a laptop without it.
 */
class ChartHtmlValidityTest {

    private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    @TempDir
    Path temp;

    private static ChartPoint point(String label, String value, String text) {
        return new ChartPoint(label, new BigDecimal(value), text);
    }

    @Test
    void chartsInlinedInAPageAreValidHtml() throws IOException, InterruptedException {
        if (System.getenv("CI") != null) {
            assertTrue(Files.isRegularFile(VNU), "CI must install the Nu Html Checker with npm ci (see .ci/run)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(VNU), "run 'npm ci' to install the Nu Html Checker");
        SvgChartWriter writer = new SvgChartWriter(BigDecimal::toPlainString);
        List<ChartSpec> charts = List.of(
                new ChartSpec(ChartKind.BAR, "知识产权主要指标", "质押融资与信用贷款", "bar", List.of(
                        point("知识产权质押融资金额（近三年）", "3886000000", "38.86亿元"),
                        point("Knowledge-value credit loans (past three years)", "2000000000", "20亿元"),
                        point("<script>alert(1)</script> & R&D \"x\"", "-5", "-5 <b>"))),
                new ChartSpec(ChartKind.BAR, "Empty", "No data yet", "empty", List.of()),
                new ChartSpec(ChartKind.LINE, "有效商标注册量", "2018—2020年", "line", List.of(
                        point("2018", "410000", "41万件"), point("2019", "438700", "43.87万件"),
                        point("2020", "502200", "50.22万件"))));
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>Charts</title></head><body>");
        for (ChartSpec chart : charts) {
            page.append("<figure>").append(writer.write(chart)).append("</figure>");
        }
        page.append("</body></html>\n");
        Path html = temp.resolve("charts.html");
        Files.writeString(html, page, StandardCharsets.UTF_8);

        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process vnu = new ProcessBuilder(javaBin.toString(), "-jar", VNU.toAbsolutePath().toString(),
                "--Werror", "--format", "gnu", html.toString())
                .redirectErrorStream(true).start();
        String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(vnu.waitFor(5, TimeUnit.MINUTES), "vnu did not finish");
        assertEquals(0, vnu.exitValue(), report);
    }
}

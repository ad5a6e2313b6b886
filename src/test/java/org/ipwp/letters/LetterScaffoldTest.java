package org.ipwp.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipwp.content.PageHeader;
import org.ipwp.content.PageHeaderParser;
import org.ipwp.content.PageType;
import org.ipwp.diag.Diagnostics;
import org.ipwp.i18n.Language;
import org.junit.jupiter.api.Test;

class LetterScaffoldTest {

    private static final DocumentNumber NUMBER = DocumentNumber.parse("渝市监函〔2021〕12号").number();
    private static final LocalDate DATE = LocalDate.of(2021, 4, 20);

    private static NewLetterRequest bare() {
        return new NewLetterRequest(NUMBER, DATE, "letter-12", LetterKind.NPC_SUGGESTION, null, null, null, null);
    }

    private static NewLetterRequest full() {
        return new NewLetterRequest(NUMBER, DATE, "yushijianhan-12", LetterKind.NPC_SUGGESTION, "0123", "张三",
                "市五届人大四次会议", null);
    }

    /** The header lines of a text, key to value, in file order. */
    private static Map<String, String> header(String text) {
        Map<String, String> header = new TreeMap<>();
        for (String line : text.lines().toList()) {
            if (line.equals(PageHeaderParser.SEPARATOR)) {
                return header;
            }
            int eq = line.indexOf('=');
            header.put(line.substring(0, eq), line.substring(eq + 1));
        }
        throw new AssertionError("no separator in\n" + text);
    }

    private static List<String> sectionIds(String text) {
        return text.lines().filter(l -> l.matches("\\[#[a-z0-9-]+\\]")).map(l -> l.substring(2, l.length() - 1)).toList();
    }

    private static String body(String text) {
        return text.substring(text.indexOf(PageHeaderParser.SEPARATOR) + PageHeaderParser.SEPARATOR.length());
    }

    @Test
    void bothTextsHaveEveryRequiredHeaderKeyAndPassTheBuildsValidation() {
        TreeSet<String> required = new TreeSet<>(PageType.COMMON_KEYS);
        required.addAll(PageType.LETTER.extraKeys());
        for (NewLetterRequest request : List.of(bare(), full())) {
            LetterScaffold scaffold = new LetterScaffold(request);
            for (Language language : Language.values()) {
                String text = scaffold.text(language);
                assertEquals(required, header(text).keySet(), language + "\n" + text);
                Diagnostics diagnostics = new Diagnostics();
                PageHeader parsed = new PageHeaderParser(diagnostics).parse(text.lines().toList(), scaffold.relativePath(language));
                assertNotNull(parsed, diagnostics.sorted().toString());
                assertTrue(parsed.draft(), "a scaffold is a draft");
                assertEquals(DATE, parsed.date());
                ReplyLetter letter = new ReplyLetterReader(diagnostics).read(parsed.extraView(), parsed.date(), "2021",
                        scaffold.relativePath(language));
                assertNotNull(letter, diagnostics.sorted().toString());
                assertEquals(NUMBER, letter.documentNumber());
                assertEquals(language == Language.ZH, letter.original());
                assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
            }
        }
    }

    @Test
    void zhAndEnHaveTheSameSectionIdsAndParagraphCount() {
        for (NewLetterRequest request : List.of(bare(), full())) {
            LetterScaffold scaffold = new LetterScaffold(request);
            String zh = scaffold.text(Language.ZH);
            String en = scaffold.text(Language.EN);
            assertEquals(List.of("part-1", "part-2"), sectionIds(zh));
            assertEquals(sectionIds(zh), sectionIds(en));
            assertEquals(scaffold.sectionIds(), sectionIds(en));
            // Paragraph anchors p1, p2, … must name the same paragraph in both languages.
            assertEquals(paragraphs(zh), paragraphs(en));
        }
    }

    /** Non-blank body lines that are not comments, ids or titles: one per paragraph in the scaffold. */
    private static long paragraphs(String text) {
        return body(text).lines().filter(l -> !l.isBlank() && !l.startsWith("//") && !l.startsWith("[#") && !l.startsWith("=="))
                .count();
    }

    @Test
    void customaryStructureSalutationAndClosing() {
        LetterScaffold scaffold = new LetterScaffold(full());
        String zh = body(scaffold.text(Language.ZH));
        String en = body(scaffold.text(Language.EN));
        assertTrue(zh.contains("\n张三代表：\n"), zh);
        assertTrue(zh.contains("== 一、【TODO："), zh);
        assertTrue(zh.contains("== 二、【TODO："), zh);
        assertTrue(zh.contains("（第0123号）收悉"), zh);
        assertTrue(zh.contains("市人大常委会人代工委"), zh);
        assertTrue(en.contains("\nDeputy [TODO: ‘张三’ in pinyin]:\n"), en);
        assertTrue(en.contains("== I. [TODO:"), en);
        assertTrue(en.contains("== II. [TODO:"), en);
        assertTrue(en.contains("(No. 0123)"), en);
        assertTrue(en.contains("Deputies' Affairs Working Committee"), en);
        assertTrue(zh.lines().anyMatch(l -> l.startsWith("// ")), "instructions as comments");
        assertTrue(en.lines().anyMatch(l -> l.startsWith("// ")), "instructions as comments");
    }

    @Test
    void aCppccProposalAddressesAMemberAndTheProposalsCommittee() {
        LetterScaffold scaffold = new LetterScaffold(new NewLetterRequest(NUMBER, DATE, "letter-12", LetterKind.CPPCC_PROPOSAL,
                "0045", "李四", "市政协五届四次会议", null));
        String zh = scaffold.text(Language.ZH);
        assertEquals("关于市政协五届四次会议第0045号提案办理情况的答复函", header(zh).get("title"));
        assertEquals("cppcc-proposal", header(zh).get("kind"));
        assertTrue(zh.contains("\n李四委员：\n"), zh);
        assertTrue(zh.contains("市政协提案委员会"), zh);
        String en = scaffold.text(Language.EN);
        assertTrue(en.contains("\nMember [TODO: ‘李四’ in pinyin]:\n"), en);
        assertTrue(en.contains("Proposals Committee"), en);
    }

    @Test
    void givenValuesAreUsedAndTheRestArePlaceholders() {
        Map<String, String> zh = header(new LetterScaffold(full()).text(Language.ZH));
        assertEquals("关于市五届人大四次会议第0123号建议办理情况的答复函", zh.get("title"));
        assertEquals("draft", zh.get("status"));
        assertEquals("2021-04-20", zh.get("date"));
        assertEquals("渝市监函〔2021〕12号", zh.get("docNumber"));
        assertEquals("0123", zh.get("proposalNumber"));
        assertEquals("市五届人大四次会议", zh.get("session"));
        assertEquals("张三", zh.get("deputy"));
        assertEquals("original", zh.get("translation"));
        for (String key : List.of("description", "proposalTitle", "office", "coHandlers", "signer", "contact", "phone", "postcode")) {
            assertTrue(zh.get(key).startsWith("【TODO：") && zh.get(key).endsWith("】"), key + "=" + zh.get(key));
        }
        // The placeholder must not look like a list to the reader, which splits coHandlers at ';'.
        assertFalse(zh.get("coHandlers").contains(";"));

        Map<String, String> en = header(new LetterScaffold(full()).text(Language.EN));
        assertEquals("unofficial", en.get("translation"));
        assertEquals("渝市监函〔2021〕12号", en.get("docNumber"));
        assertEquals("0123", en.get("proposalNumber"));
        assertTrue(en.get("title").startsWith("[TODO: translate ‘关于市五届人大四次会议第0123号建议办理情况的答复函’"), en.get("title"));
        assertTrue(en.get("session").startsWith("[TODO: translate ‘市五届人大四次会议’"), en.get("session"));
        for (String key : List.of("description", "deputy", "proposalTitle", "office", "coHandlers", "signer", "contact", "phone", "postcode")) {
            assertTrue(en.get(key).startsWith("[TODO: ") && en.get(key).endsWith("]"), key + "=" + en.get(key));
        }
        assertFalse(en.get("coHandlers").contains(";"));
    }

    @Test
    void withoutOptionsEveryUnknownValueIsAPlaceholder() {
        Map<String, String> zh = header(new LetterScaffold(bare()).text(Language.ZH));
        assertEquals(LetterScaffold.UNKNOWN_PROPOSAL, zh.get("proposalNumber"));
        assertEquals("npc-suggestion", zh.get("kind"));
        for (String key : List.of("title", "session", "deputy")) {
            assertTrue(zh.get(key).startsWith("【TODO："), key + "=" + zh.get(key));
        }
        String zhBody = body(new LetterScaffold(bare()).text(Language.ZH));
        assertTrue(zhBody.contains("（第【TODO：编号】号）"), zhBody);
    }

    @Test
    void englishPlaceholdersNeverFillABodyLine() {
        // A line that is all [ … ] is an AsciiDoc attribute list and would silently vanish.
        for (NewLetterRequest request : List.of(bare(), full())) {
            String en = body(new LetterScaffold(request).text(Language.EN));
            assertTrue(en.lines().noneMatch(l -> l.startsWith("[") && l.endsWith("]") && !l.startsWith("[#")), en);
        }
    }

    @Test
    void pathsAreInTheYearFolderOfEachLanguage() {
        LetterScaffold scaffold = new LetterScaffold(bare());
        assertEquals("content/zh/letters/2021/letter-12.adoc", scaffold.relativePath(Language.ZH));
        assertEquals("content/en/letters/2021/letter-12.adoc", scaffold.relativePath(Language.EN));
        assertEquals("letter-12", NewLetterRequest.defaultName(NUMBER));
    }

    @Test
    void aFilledScaffoldPassesThePlaceholderCheckAndAnUnfilledOneDoesNot() {
        for (Language language : Language.values()) {
            String text = new LetterScaffold(bare()).text(language);
            Diagnostics unfilled = new Diagnostics();
            assertFalse(new PlaceholderCheck(unfilled).check(text.lines().toList(), "x.adoc"));
            assertTrue(unfilled.sorted().stream().allMatch(d -> d.code().equals("letter.placeholder")));
            assertTrue(unfilled.sorted().stream().anyMatch(d -> d.message().contains("proposalNumber=0000")), unfilled.sorted().toString());

            String filled = text.replaceAll("【TODO：[^】]*】", "某").replaceAll("\\[TODO: [^\\]]*\\]", "something")
                    .replace("proposalNumber=0000", "proposalNumber=0012");
            Diagnostics diagnostics = new Diagnostics();
            assertTrue(new PlaceholderCheck(diagnostics).check(filled.lines().toList(), "x.adoc"), diagnostics.sorted().toString());
        }
    }

    @Test
    void theRequestRefusesWhatTheBuildWouldRefuse() {
        IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> new NewLetterRequest(NUMBER,
                LocalDate.of(2020, 4, 20), "letter-12", LetterKind.NPC_SUGGESTION, null, null, null, null));
        assertTrue(year.getMessage().contains("2021") && year.getMessage().contains("2020-04-20"), year.getMessage());
        for (String name : List.of("Letter-12", "letter_12", "letter--12", "-letter", "信函", "")) {
            assertThrows(IllegalArgumentException.class, () -> new NewLetterRequest(NUMBER, DATE, name,
                    LetterKind.NPC_SUGGESTION, null, null, null, null), name);
        }
        for (String proposal : List.of("12345", "05a", "0000")) {
            assertThrows(IllegalArgumentException.class, () -> new NewLetterRequest(NUMBER, DATE, "letter-12",
                    LetterKind.NPC_SUGGESTION, proposal, null, null, null), proposal);
        }
        assertThrows(IllegalArgumentException.class, () -> new NewLetterRequest(NUMBER, DATE, "letter-12",
                LetterKind.NPC_SUGGESTION, null, "张三\ntype=page", null, null));
        assertThrows(IllegalArgumentException.class, () -> new NewLetterRequest(NUMBER, DATE, "letter-12",
                LetterKind.NPC_SUGGESTION, null, " ", null, null));
    }
}

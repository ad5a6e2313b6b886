package org.ipwp.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipwp.diag.Diagnostic;
import org.ipwp.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class ReplyLetterReaderTest {

    private static final String PATH = "content/zh/letters/2020/yushijianhan-155.adoc";
    private static final LocalDate DATE = LocalDate.of(2020, 3, 31);

    private final Diagnostics diagnostics = new Diagnostics();

    private static Map<String, String> header() {
        Map<String, String> header = new HashMap<>();
        header.put("docNumber", "渝市监函〔2020〕155号");
        header.put("proposalNumber", "0584");
        header.put("session", "市五届人大三次会议");
        header.put("kind", "npc-suggestion");
        header.put("deputy", "杨勇");
        header.put("proposalTitle", "关于以知识产权助推我市产业高质量发展的建议");
        header.put("office", "重庆市市场监督管理局");
        header.put("coHandlers", "市发展改革委;市科技局; 市经济信息委 ;;市财政局");
        header.put("signer", "唐英瑜");
        header.put("contact", "李薇");
        header.put("phone", "67120375");
        header.put("postcode", "401147");
        header.put("translation", "original");
        return header;
    }

    private static Map<String, String> header(String key, String value) {
        Map<String, String> header = header();
        header.put(key, value);
        return header;
    }

    private ReplyLetter read(Map<String, String> header, String folderYear) {
        return new ReplyLetterReader(diagnostics).read(header, DATE, folderYear, PATH);
    }

    private List<String> rendered() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void validLetterReads() {
        ReplyLetter letter = read(header(), "2020");

        assertEquals(List.of(), rendered());
        assertEquals(new DocumentNumber("渝市监函", 2020, 155), letter.documentNumber());
        assertEquals(LetterKind.NPC_SUGGESTION, letter.kind());
        assertEquals("0584", letter.proposalNumber());
        assertEquals(DATE, letter.date());
    }

    @Test
    void coHandlersAreSplitOnSemicolonsTrimmedAndWithoutBlanks() {
        assertEquals(List.of("市发展改革委", "市科技局", "市经济信息委", "市财政局"), read(header(), "2020").coHandlers());
    }

    @Test
    void originalTranslationIsTheOfficialText() {
        assertTrue(read(header(), "2020").original());
    }

    @Test
    void unofficialTranslationIsNotOriginal() {
        assertFalse(read(header("translation", "unofficial"), "2020").original());
    }

    @Test
    void cppccProposalKind() {
        assertEquals(LetterKind.CPPCC_PROPOSAL, read(header("kind", "cppcc-proposal"), "2020").kind());
    }

    @Test
    void malformedDocumentNumberIsABadNumber() {
        assertNull(read(header("docNumber", "渝市监函[2020]155号"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [letter.bad-number] docNumber"
                + " '渝市监函[2020]155号' is not a document number like 渝市监函〔2020〕155号 (year in 〔〕, then the serial and 号)"),
                rendered());
    }

    @Test
    void zeroPaddedSerialIsABadNumber() {
        assertNull(read(header("docNumber", "渝市监函〔2020〕015号"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [letter.bad-number] docNumber"
                + " '渝市监函〔2020〕015号' pads the serial with zeros; write 15, not 015"), rendered());
    }

    @Test
    void documentNumberYearDifferentFromDateIsABadNumber() {
        assertNull(read(header("docNumber", "渝市监函〔2019〕155号"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [letter.bad-number] docNumber year 2019"
                + " differs from the letter's date 2020-03-31"), rendered());
    }

    @Test
    void letterInAnotherYearsFolderIsInTheWrongFolder() {
        assertNull(read(header(), "2019"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [letter.wrong-folder] a letter dated"
                + " 2020-03-31 belongs in letters/2020/"), rendered());
    }

    @Test
    void unknownKindIsABadValue() {
        assertNull(read(header("kind", "suggestion"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [meta.bad-value] kind must be"
                + " npc-suggestion (人大建议) or cppcc-proposal (政协提案), got 'suggestion'"), rendered());
    }

    @Test
    void nonDigitProposalNumberIsABadValue() {
        assertNull(read(header("proposalNumber", "第0584号"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [meta.bad-value] proposalNumber must be"
                + " digits, e.g. 0584"), rendered());
    }

    @Test
    void unknownTranslationFlagIsABadValue() {
        assertNull(read(header("translation", "official"), "2020"));
        assertEquals(List.of("content/zh/letters/2020/yushijianhan-155.adoc: error: [meta.bad-value] translation must be"
                + " 'original' or 'unofficial', got 'official'"), rendered());
    }

    @Test
    void everyProblemIsReported() {
        Map<String, String> header = header("kind", "x");
        header.put("docNumber", "x");

        read(header, "2019");

        assertEquals(3, rendered().size(), rendered()::toString);
    }
}

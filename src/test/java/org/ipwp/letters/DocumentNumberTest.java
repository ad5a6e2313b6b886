package org.ipwp.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void parsesIssuerYearAndSerial() {
        assertEquals(new DocumentNumber.Parsed(new DocumentNumber("渝市监函", 2020, 155), null),
                DocumentNumber.parse("渝市监函〔2020〕155号"));
    }

    @Test
    void toStringWritesTheOfficialForm() {
        assertEquals("渝市监函〔2020〕155号", new DocumentNumber("渝市监函", 2020, 155).toString());
    }

    @Test
    void singleDigitSerialParses() {
        assertEquals(1, DocumentNumber.parse("渝府发〔2019〕1号").number().serial());
    }

    @Test
    void serialWithZeroInsideParses() {
        assertEquals(105, DocumentNumber.parse("渝市监函〔2020〕105号").number().serial());
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {
        "渝市监函[2020]155号",       // ASCII square brackets
        "渝市监函（2020）155号",     // full-width parentheses
        "渝市监函【2020】155号",     // lenticular brackets
        "渝市监函〔2020〕155",       // no 号
        "〔2020〕155号",             // no issuer code
        "渝市监函〔20〕155号",       // two-digit year
        "渝市监函〔2020〕12345号",   // five-digit serial
        "Yu Shi Jian Han [2020] No. 155",
        " 渝市监函〔2020〕155号",    // leading space
        ""
    })
    void rejectsMalformedNumbers(String text) {
        DocumentNumber.Parsed parsed = DocumentNumber.parse(text);

        assertNull(parsed.number());
        assertEquals("'" + text + "' is not a document number like 渝市监函〔2020〕155号 (year in 〔〕, then the serial and 号)",
                parsed.problem());
    }

    @Test
    void zeroPaddedSerialIsRejectedWithTheUnpaddedForm() {
        DocumentNumber.Parsed parsed = DocumentNumber.parse("渝市监函〔2020〕015号");

        assertNull(parsed.number());
        assertEquals("'渝市监函〔2020〕015号' pads the serial with zeros; write 15, not 015", parsed.problem());
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {"渝府发〔2019〕01号", "渝府发〔2019〕0001号", "渝府发〔2019〕0155号"})
    void everyZeroPaddedSerialIsRejected(String text) {
        assertNull(DocumentNumber.parse(text).number());
    }
}

package org.ipwp.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void parsesIssuerYearAndSerial() {
        assertEquals(Optional.of(new DocumentNumber("渝市监函", 2020, 155)), DocumentNumber.parse("渝市监函〔2020〕155号"));
    }

    @Test
    void toStringWritesTheOfficialForm() {
        assertEquals("渝市监函〔2020〕155号", new DocumentNumber("渝市监函", 2020, 155).toString());
    }

    @Test
    void singleDigitSerialParses() {
        assertEquals(1, DocumentNumber.parse("渝府发〔2019〕1号").orElseThrow().serial());
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
        assertEquals(Optional.empty(), DocumentNumber.parse(text));
    }
}

package org.ipwp.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * The metadata of one reply letter in one language.
 *
 * @param documentNumber  发文字号, the letter's identity across languages
 * @param proposalNumber  the suggestion/proposal number, e.g. 0584
 * @param session         the congress session, e.g. 市五届人大三次会议
 * @param kind            suggestion or proposal
 * @param deputy          the deputy or member answered
 * @param proposalTitle   the title of the suggestion
 * @param office          the issuing office
 * @param coHandlers      the co-handling departments
 * @param signer          who signed
 * @param contact         contact person
 * @param phone           contact telephone
 * @param postcode        postal code
 * @param date            date of issue
 * @param original        true for the official text, false for an unofficial translation
 */
public record ReplyLetter(DocumentNumber documentNumber, String proposalNumber, String session, LetterKind kind,
                          String deputy, String proposalTitle, String office, List<String> coHandlers, String signer,
                          String contact, String phone, String postcode, LocalDate date, boolean original,
                          List<String> attachments) {

    public ReplyLetter {
        coHandlers = List.copyOf(coHandlers);
        attachments = List.copyOf(attachments);
    }
}

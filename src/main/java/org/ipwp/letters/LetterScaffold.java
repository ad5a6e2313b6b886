package org.ipwp.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipwp.content.PageHeaderParser;
import org.ipwp.i18n.Language;

/**
 * The texts of a new reply letter pair, the Chinese original and its unofficial English
 * translation, with every header key the build requires and the customary body (salutation, parts
 * 一、二、 / I. II., closing), so that an editor fills in a form instead of starting from a blank
 * file.
 *
 * <p>Placeholder policy. What the editor did not give becomes a placeholder that contains
 * {@value #MARKER}: 【TODO：…】 in Chinese, [TODO: …] in English. Free-text header values accept
 * it as it is, so the scaffold builds and can be previewed. The only header value with a fixed
 * shape the editor may not know yet, {@code proposalNumber}, gets {@value #UNKNOWN_PROPOSAL}
 * (valid digits, never a real number: numbering starts at 0001). Both files are
 * {@code status=draft}, so a plain build skips them with a {@code meta.draft} warning, and
 * {@link PlaceholderCheck} fails the build of a letter marked published that still holds a
 * placeholder. The editor's instructions are AsciiDoc {@code //} comments, which never reach the
 * page.
 */
public final class LetterScaffold {

    /** The word every placeholder contains, and what {@link PlaceholderCheck} looks for. */
    public static final String MARKER = "TODO";

    /** The proposal number written when none was given. */
    public static final String UNKNOWN_PROPOSAL = "0000";

    /**
     * The numbering of the body's parts in each language; most replies have two (the situation so
     * far, the next steps), and the editor adds or removes parts as the original has them.
     */
    private static final List<String> CHINESE_NUMERALS = List.of("一", "二");
    private static final List<String> ROMAN_NUMERALS = List.of("I", "II");
    private static final int PARTS = CHINESE_NUMERALS.size();

    private final NewLetterRequest request;

    public LetterScaffold(NewLetterRequest request) {
        this.request = request;
    }

    public NewLetterRequest request() {
        return request;
    }

    /** Where the file of {@code language} goes, relative to the site folder: {@code content/zh/letters/2021/letter-12.adoc}. */
    public String relativePath(Language language) {
        return "content/" + language.code() + "/letters/" + request.year() + "/" + request.name() + ".adoc";
    }

    /** The whole file of {@code language}: header, separator, body. */
    public String text(Language language) {
        return language == Language.ZH ? chinese() : english();
    }

    /** The section ids of the body, the same in both languages (the build compares them). */
    public List<String> sectionIds() {
        List<String> ids = new ArrayList<>();
        for (int part = 1; part <= PARTS; part++) {
            ids.add("part-" + part);
        }
        return ids;
    }

    // ---- Chinese original ---------------------------------------------------------------------

    private String chinese() {
        boolean npc = request.kind() == LetterKind.NPC_SUGGESTION;
        String kindWord = npc ? "建议" : "提案";
        String person = npc ? "代表" : "委员";
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", orElse(chineseTitle(), zh("标题，如“关于市五届人大三次会议第0584号" + kindWord + "办理情况的答复函”")));
        commonHeader(header);
        header.put("description", zh("一句话摘要，如“重庆市市场监督管理局就杨勇" + person + "提出的《……》所作的书面答复。”"));
        letterHeader(header);
        header.put("session", orElse(request.session(), zh("会议，如“市五届人大三次会议”")));
        header.put("kind", request.kind().code());
        header.put("deputy", orElse(request.deputy(), zh(person + "姓名")));
        header.put("proposalTitle", zh(kindWord + "标题，照录书名号《》内的文字"));
        header.put("office", zh("办理单位，如“重庆市市场监督管理局”"));
        header.put("coHandlers", zh("会办单位，多个时以英文分号隔开"));
        header.put("signer", zh("签发人姓名"));
        header.put("contact", zh("联系人姓名"));
        header.put("phone", zh("联系电话"));
        header.put("postcode", zh("邮政编码"));
        header.put("translation", "original");

        List<String> body = new ArrayList<>();
        comment(body, "本文件由 ipwp new letter 生成，是答复函中文原文的骨架；英文译文是 " + relativePath(Language.EN) + "。",
                "1. 把页眉和正文中的每一处【TODO：……】换成答复函原文的内容；proposalNumber=" + UNKNOWN_PROPOSAL + " 表示编号尚未填写。",
                "2. 正文照录原文，从称呼到结束语；保留原文的编号（一、二、……），部分多于或少于两个时照样增删。",
                "3. 每个部分以 [#part-N] 行开头：中英文两个文件的 id 和段落数必须一致（段落锚点 #p1、#p2……在两种语言中指同一段）。",
                "4. 全部填好后，把两个文件的 status=draft 都改为 status=published；仍含 TODO 或编号 " + UNKNOWN_PROPOSAL
                        + " 的答复函不能发布（构建报 letter.placeholder 错误）。",
                "预览草稿：java -jar target/ipwp.jar build --drafts");
        body.add(orElse(request.deputy(), zh(person + "姓名")) + person + "：");
        body.add("");
        body.add("您提出的《" + zh(kindWord + "标题") + "》（第" + orElse(request.proposalNumber(), zh("编号")) + "号）收悉，"
                + zh("照录开头段落，通常为感谢和会办情况，如“非常感谢您对……的关注和建议。经与……共同研究办理，现将办理情况答复如下。”"));
        body.add("");
        for (int part = 1; part <= PARTS; part++) {
            body.add("[#part-" + part + "]");
            body.add("== " + CHINESE_NUMERALS.get(part - 1) + "、" + zh("第" + CHINESE_NUMERALS.get(part - 1) + "部分标题，如“"
                    + (part == 1 ? "总体情况" : "下一步工作安排") + "”"));
            body.add("");
            body.add(zh("照录第" + CHINESE_NUMERALS.get(part - 1) + "部分正文；段与段之间空一行，如“一是……”“二是……”各成一段"));
            body.add("");
        }
        body.add("此答复函已经" + zh("签发人姓名及职务，如“唐英瑜局长”") + "审签。对以上答复您有什么意见，请通过填写回执及时反馈"
                + (npc ? "市人大常委会人代工委" : "市政协提案委员会") + "。" + zh("照录结束语，如“再次感谢您对……的关心和理解。”"));
        return file(header, body);
    }

    // ---- English translation ------------------------------------------------------------------

    private String english() {
        boolean npc = request.kind() == LetterKind.NPC_SUGGESTION;
        String kindWord = npc ? "Suggestion" : "Proposal";
        String person = npc ? "Deputy" : "Member";
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", en(translation(chineseTitle(), "English title")
                + ", e.g. Reply on the Handling of " + kindWord + " No. 0584 Submitted at the Third Session of the Fifth"
                + " Chongqing Municipal People's Congress"));
        commonHeader(header);
        header.put("description", en("one-sentence summary, e.g. The written reply of the Chongqing Municipal Administration"
                + " for Market Regulation to " + person + " Yang Yong's " + kindWord + " on …"));
        letterHeader(header);
        header.put("session", en(translation(request.session(), "session in English")
                + ", e.g. Third Session of the Fifth Chongqing Municipal People's Congress"));
        header.put("kind", request.kind().code());
        header.put("deputy", en(pinyin(request.deputy(), person.toLowerCase(Locale.ROOT) + "'s name") + ", e.g. Yang Yong"));
        header.put("proposalTitle", en("title of the " + kindWord.toLowerCase(Locale.ROOT) + " in English"));
        header.put("office", en("issuing office, e.g. Chongqing Municipal Administration for Market Regulation"));
        header.put("coHandlers", en("co-handling departments separated by semicolons, e.g. Municipal Finance Bureau"));
        header.put("signer", en("signer's name in pinyin"));
        header.put("contact", en("contact person's name in pinyin"));
        header.put("phone", en("contact telephone, as in the original"));
        header.put("postcode", en("postcode, as in the original"));
        header.put("translation", "unofficial");

        List<String> body = new ArrayList<>();
        comment(body, "Generated by ipwp new letter: the skeleton of the unofficial English translation of "
                        + relativePath(Language.ZH) + ".",
                "1. Replace every [TODO: …] in the header and the body with the translation of the original; proposalNumber="
                        + UNKNOWN_PROPOSAL + " means the number is not filled in yet.",
                "2. Translate paragraph by paragraph: the same [#part-N] ids and the same number of paragraphs as the Chinese"
                        + " file (the anchors #p1, #p2, … name the same paragraph in both languages).",
                "3. Keep the original numbering: 一、二、 become I. II., and 一是 二是 become First, Second.",
                "4. When both files are complete, change status=draft to status=published in both; a letter that still holds"
                        + " TODO or the number " + UNKNOWN_PROPOSAL + " cannot be published (the build fails with letter.placeholder).",
                "Preview the draft: java -jar target/ipwp.jar build --drafts");
        body.add(person + " " + en(pinyin(request.deputy(), "name")) + ":");
        body.add("");
        // A placeholder never fills a line on its own here: a line that is all [ … ] is an AsciiDoc
        // attribute list and would vanish from the page instead of showing what is missing.
        body.add("We have received your \"" + en("title of the " + kindWord.toLowerCase(Locale.ROOT) + " in English")
                + "\" (No. " + orElse(request.proposalNumber(), en("number")) + "). "
                + en("translate the rest of the opening paragraph, e.g. Thank you very much for … we now reply as follows") + ".");
        body.add("");
        for (int part = 1; part <= PARTS; part++) {
            body.add("[#part-" + part + "]");
            body.add("== " + ROMAN_NUMERALS.get(part - 1) + ". " + en("title of part " + ROMAN_NUMERALS.get(part - 1) + ", e.g. "
                    + (part == 1 ? "Overall situation" : "Work arrangements for the next stage")));
            body.add("");
            body.add("Part " + ROMAN_NUMERALS.get(part - 1) + ": " + en("translate this part, one paragraph for each paragraph of the"
                    + " original, separated by blank lines") + ".");
            body.add("");
        }
        body.add("This reply letter has been reviewed and signed by " + en("signer's title and name, e.g. Director Tang Yingyu")
                + ". If you have any comments on the above reply, please let "
                + (npc ? "the Deputies' Affairs Working Committee of the Standing Committee of the Chongqing Municipal People's Congress"
                        : "the Proposals Committee of the Chongqing Municipal Committee of the CPPCC")
                + " know promptly by filling in the reply slip. " + en("translate the closing sentences") + ".");
        return file(header, body);
    }

    // ---- shared -------------------------------------------------------------------------------

    /** type, status, date: fixed by the command, the same in both languages. */
    private void commonHeader(Map<String, String> header) {
        header.put("type", "letter");
        header.put("status", "draft");
        header.put("date", request.date().toString());
    }

    /** The letter keys that are the same in both languages. */
    private void letterHeader(Map<String, String> header) {
        header.put("docNumber", request.number().toString());
        header.put("proposalNumber", orElse(request.proposalNumber(), UNKNOWN_PROPOSAL));
    }

    /** The Chinese title when the editor gave it or it can be derived; otherwise null. */
    private String chineseTitle() {
        if (request.title() != null) {
            return request.title();
        }
        if (request.session() != null && request.proposalNumber() != null) {
            String kindWord = request.kind() == LetterKind.NPC_SUGGESTION ? "建议" : "提案";
            return "关于" + request.session() + "第" + request.proposalNumber() + "号" + kindWord + "办理情况的答复函";
        }
        return null;
    }

    /** "translate ‘杨勇’" when the Chinese value is known, so the translator sees what to translate. */
    private static String translation(String chinese, String what) {
        return chinese == null ? what : "translate ‘" + chinese + "’";
    }

    /** "‘杨勇’ in pinyin" when the Chinese name is known, else "name in pinyin". */
    private static String pinyin(String chinese, String what) {
        return (chinese == null ? what : "‘" + chinese + "’") + " in pinyin";
    }

    private static String zh(String what) {
        return "【" + MARKER + "：" + what + "】";
    }

    private static String en(String what) {
        return "[" + MARKER + ": " + what + "]";
    }

    private static String orElse(String value, String placeholder) {
        return value != null ? value : placeholder;
    }

    private static void comment(List<String> body, String... lines) {
        for (String line : lines) {
            body.add("// " + line);
        }
        body.add("");
    }

    private static String file(Map<String, String> header, List<String> body) {
        StringBuilder text = new StringBuilder();
        header.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append(PageHeaderParser.SEPARATOR).append('\n');
        body.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}

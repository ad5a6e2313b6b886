package org.ipwp.dataview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.DatasetRow;
import org.ipwp.data.DatasetSource;
import org.ipwp.data.Field;
import org.ipwp.data.FieldConstraints;
import org.ipwp.data.FieldType;
import org.ipwp.data.QuantityFormatter;
import org.ipwp.data.RealMessages;
import org.ipwp.data.Unit;
import org.ipwp.i18n.LocalizedText;
import org.ipwp.i18n.Messages;

/**
 * Datasets built directly as records, in the shapes of the repository's data folder, and the
 * real message bundles to format them with.
 */
final class DataviewFixtures {

    /** The source of every real dataset: an archived letter. */
    static final DatasetSource LETTER = new DatasetSource(
            new LocalizedText("渝市监函〔2020〕155号", "Reply letter Yu Shi Jian Han [2020] No. 155"), "2020/yushijianhan-155");
    /** A source that is not an archived letter (a statistical bulletin, say). */
    static final DatasetSource BULLETIN = new DatasetSource(
            new LocalizedText("统计公报", "Statistical bulletin"), "");

    private static Messages messages;

    private DataviewFixtures() {
    }

    static synchronized Messages messages() {
        if (messages == null) {
            messages = RealMessages.load();
        }
        return messages;
    }

    static CellText cells() {
        return new CellText(messages(), new QuantityFormatter(messages()));
    }

    static Field field(String name, FieldType type) {
        return field(name, type, null);
    }

    static Field field(String name, FieldType type, Unit unit) {
        return new Field(name, type, new LocalizedText(name + "（中）", name + " (en)"), FieldConstraints.none(), unit);
    }

    /** The columns of data/key-indicators and the other indicator datasets, in their order. */
    static List<Field> indicatorFields() {
        return List.of(
                new Field("id", FieldType.STRING, new LocalizedText("指标代码", "Indicator code"), FieldConstraints.none(), null),
                new Field("label_zh", FieldType.STRING, new LocalizedText("指标（中文）", "Indicator (Chinese)"), FieldConstraints.none(), null),
                new Field("label_en", FieldType.STRING, new LocalizedText("指标（英文）", "Indicator (English)"), FieldConstraints.none(), null),
                new Field("value", FieldType.NUMBER, new LocalizedText("数值", "Value"), FieldConstraints.none(), null),
                new Field("unit", FieldType.STRING, new LocalizedText("单位", "Unit"), FieldConstraints.none(), null),
                new Field("qualifier", FieldType.STRING, new LocalizedText("限定", "Qualifier"), FieldConstraints.none(), null),
                new Field("paragraph", FieldType.STRING, new LocalizedText("出处段落", "Source paragraph"), FieldConstraints.none(), null));
    }

    /** An indicator dataset (id, label_zh, label_en, value, unit, qualifier, paragraph) from a letter. */
    static Dataset indicators(String id, List<List<String>> rows) {
        return dataset(id, indicatorFields(), List.of("id"), rows, List.of(LETTER));
    }

    /** The three rows of data/ip-finance. */
    static Dataset ipFinance() {
        return indicators("ip-finance", List.of(
                List.of("pledge-financing", "知识产权质押融资金额（近三年）", "IP pledge financing (past three years)", "3886000000", "yuan", "", "p5"),
                List.of("knowledge-value-loans", "知识价值信用贷款（近三年）", "Knowledge-value credit loans (past three years)", "4594000000", "yuan", "", "p5"),
                List.of("ip-capital-contribution", "知识产权出资（近三年）", "IP capital contributions (past three years)", "1230000000", "yuan", "", "p5")));
    }

    /** Rows of data/talent, with a "more than" qualifier. */
    static Dataset talent() {
        return indicators("talent", List.of(
                List.of("pilot-schools", "全国中小学知识产权教育试点学校", "National pilot schools for IP education", "6", "school", "", "p8"),
                List.of("trained-person-times", "累计培养各类知识产权人才", "IP talent trained (cumulative person-times)", "1500", "person-time", "more-than", "p8")));
    }

    static Dataset dataset(String id, List<Field> fields, List<String> primaryKey, List<List<String>> rows,
                           List<DatasetSource> sources) {
        List<DatasetRow> datasetRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            datasetRows.add(new DatasetRow(i + 2, rows.get(i)));
        }
        return new Dataset(id, new LocalizedText("测试数据", "Test data"), new LocalizedText("用于测试。", "For tests."),
                LocalDate.of(2020, 3, 31), new LocalizedText("重庆市", "Chongqing"), "CC-BY-4.0",
                "https://creativecommons.org/licenses/by/4.0/", sources, "data/" + id + "/" + id + ".csv", fields,
                primaryKey, datasetRows);
    }

    /** A time series: year, patent grants (a field with its own unit), trademarks, a note. */
    static Dataset patentsByYear() {
        return dataset("patents-by-year", List.of(
                        field("year", FieldType.YEAR),
                        field("patents", FieldType.INTEGER, Unit.PIECE),
                        field("trademarks", FieldType.INTEGER, Unit.PIECE),
                        field("note", FieldType.STRING)),
                List.of("year"), List.of(
                        List.of("2018", "38000", "400000", ""),
                        List.of("2019", "43870", "502200", "截至年底")),
                List.of(BULLETIN));
    }
}

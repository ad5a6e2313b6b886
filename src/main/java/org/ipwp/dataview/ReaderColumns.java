package org.ipwp.dataview;

import java.util.ArrayList;
import java.util.List;
import org.ipwp.data.Dataset;
import org.ipwp.data.Field;
import org.ipwp.data.FieldType;
import org.ipwp.i18n.Language;

/**
 * The role of each column of a dataset in the reader's view, by convention:
 * <ul>
 * <li>label: {@code label_zh}/{@code label_en} when both exist (each page shows its own language);
 *     else the first {@code year} or {@code date} field (a time series); else the row key column;
 *     else the first column;</li>
 * <li>quantities: the {@code number} and {@code integer} fields that are not the label;</li>
 * <li>{@code unit}: a string column giving each row's unit (used when the quantity field has no
 *     unit of its own);</li>
 * <li>{@code qualifier}: {@code more-than} turns "1500" into "more than 1,500";</li>
 * <li>{@code paragraph}: the anchor of the letter paragraph the row comes from;</li>
 * <li>texts: every other string column except the key and the other language's label.</li>
 * </ul>
 * Column indexes are -1 when the dataset has no such column.
 */
public record ReaderColumns(int labelZh, int labelEn, List<Integer> quantities, List<Integer> texts, int unit,
                            int qualifier, int paragraph) {

    public ReaderColumns {
        quantities = List.copyOf(quantities);
        texts = List.copyOf(texts);
    }

    public static ReaderColumns of(Dataset dataset) {
        int zh = dataset.columnOf("label_zh");
        int en = dataset.columnOf("label_en");
        if (zh < 0 || en < 0) {
            int label = firstOfType(dataset, FieldType.YEAR, FieldType.DATE);
            if (label < 0) {
                label = dataset.keyColumn() >= 0 ? dataset.keyColumn() : 0;
            }
            zh = label;
            en = label;
        }
        int unit = stringColumn(dataset, "unit");
        int qualifier = stringColumn(dataset, "qualifier");
        int paragraph = stringColumn(dataset, "paragraph");
        List<Integer> quantities = new ArrayList<>();
        List<Integer> texts = new ArrayList<>();
        for (int c = 0; c < dataset.fields().size(); c++) {
            Field field = dataset.fields().get(c);
            boolean role = c == zh || c == en || c == unit || c == qualifier || c == paragraph || c == dataset.keyColumn();
            if (role) {
                continue;
            }
            if (field.type() == FieldType.NUMBER || field.type() == FieldType.INTEGER) {
                quantities.add(c);
            } else {
                texts.add(c);
            }
        }
        return new ReaderColumns(zh, en, quantities, texts, unit, qualifier, paragraph);
    }

    /** The label column for readers of {@code language}. */
    public int label(Language language) {
        return language == Language.ZH ? labelZh : labelEn;
    }

    private static int firstOfType(Dataset dataset, FieldType... types) {
        for (int c = 0; c < dataset.fields().size(); c++) {
            for (FieldType type : types) {
                if (dataset.fields().get(c).type() == type) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static int stringColumn(Dataset dataset, String name) {
        int column = dataset.columnOf(name);
        return column >= 0 && dataset.fields().get(column).type() == FieldType.STRING ? column : -1;
    }
}

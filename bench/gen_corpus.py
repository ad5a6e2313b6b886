#!/usr/bin/env python3
"""Deterministic benchmark corpus for ipwp (issue 9).

Usage: gen_corpus.py REPO_ROOT OUT_DIR PAGES

Copies the repository site (jbake.properties, templates/, assets/, data/, content/ including the
real 2020 letter that the datasets cite) and adds generated zh+en chapter pairs and letter pairs
until the site holds about PAGES content pages (zh + en files counted separately). PAGES=0 or 1
means the repository site as it is (1x). No randomness, no clock: same arguments, same bytes.
"""
import os
import shutil
import sys

FIGURES = [
    ("pilot-demonstration", "pilot-cities"), ("pilot-demonstration", "demonstration-cities"),
    ("ip-finance", "pledge-financing"), ("ip-finance", "knowledge-value-loans"),
    ("enterprise-programmes", "standard-certified"), ("awards", "patent-gold"),
]
INDICATORS = ["ip-finance[chart=bar]", "awards[]", "enterprise-programmes[]"]

ZH_PARA = ("重庆知识产权工作持续推进，第{n}项措施围绕创造、保护、运用、管理和服务展开。"
           "相关部门加强协同，完善制度，提升服务能力，为市场主体提供便利，")
EN_PARA = ("Chongqing continued its IP work; measure {n} covers creation, protection, use, management "
           "and services. Departments worked together, improved rules and services, and made things easier "
           "for market entities, ")


def chapter(lang, idx, total_chapters, sections=5):
    zh = lang == "zh"
    order = 7 + idx
    title = f"生成章节{idx}" if zh else f"Generated chapter {idx}"
    lines = [f"title={title}", "type=chapter", "status=published", "date=2020-03-31",
             f"description={'生成的基准章节' if zh else 'A generated benchmark chapter'} {idx}.",
             f"order={order}", "~~~~~~"]
    for s in range(1, sections + 1):
        sid = f"g{idx}-s{s}"
        lines += [f"[#{sid}]", f"== {'第' + str(s) + '节' if zh else 'Section ' + str(s)} ({idx})", ""]
        for p in range(3):
            n = idx * 100 + s * 10 + p
            ds, key = FIGURES[(idx + s + p) % len(FIGURES)]
            text = (ZH_PARA if zh else EN_PARA).format(n="" if zh else "") * 2
            fig = f"figure:{ds}[{key}]"
            tail = f"达到{fig}。" if zh else f"reaching {fig}."
            lines += [text + tail, ""]
        # An xref to the next section of the same chapter (same ids in both languages).
        lines += [f"{'详见' if zh else 'See also'} <<g{idx}-s{(s % sections) + 1}>>.", ""]
        if s == 2:
            lines += ['[cols="1,3",options="header"]', "|===",
                      f"|{'项目' if zh else 'Item'} |{'说明' if zh else 'Note'}"]
            for r in range(4):
                lines.append(f"|{'措施' if zh else 'Measure'} {r} |{'内容' if zh else 'Text'} {idx}-{r}")
            lines += ["|===", ""]
        if s == 3:
            lines += [f"indicator::{INDICATORS[idx % len(INDICATORS)]}", ""]
    return "\n".join(lines) + "\n"


def letter(lang, year, number, idx):
    zh = lang == "zh"
    date = f"{year}-0{1 + idx % 9}-15"
    head = [
        f"title={'关于第' + format(idx, '04d') + '号建议办理情况的答复函' if zh else 'Reply on Suggestion No. ' + format(idx, '04d')}",
        "type=letter", "status=published", f"date={date}",
        f"description={'生成的答复函' if zh else 'A generated reply letter'} {idx}.",
        f"docNumber=渝市监函〔{year}〕{number}号",
        f"proposalNumber={idx:04d}",
        f"session={'市五届人大三次会议' if zh else 'Third Session of the Fifth Chongqing Municipal People' + chr(39) + 's Congress'}",
        "kind=npc-suggestion",
        f"deputy={'张三' if zh else 'Zhang San'}",
        f"proposalTitle={'关于知识产权工作的建议' if zh else 'Suggestion on IP work'}",
        f"office={'重庆市市场监督管理局' if zh else 'Chongqing Municipal Administration for Market Regulation'}",
        f"coHandlers={'市科技局' if zh else 'Municipal Science and Technology Bureau'}",
        f"signer={'李四' if zh else 'Li Si'}", f"contact={'王五' if zh else 'Wang Wu'}",
        "phone=67120375", "postcode=401147", f"translation={'original' if zh else 'unofficial'}", "~~~~~~",
    ]
    body = [f"{'张三代表：' if zh else 'Deputy Zhang San:'}", ""]
    for part in range(1, 4):
        body += [f"[#part-{part}]", f"== {'第' + str(part) + '部分' if zh else 'Part ' + str(part)}", ""]
        for p in range(3):
            body += [((ZH_PARA if zh else EN_PARA).format(n="") * 2) + ("谨此答复。" if zh else "thank you."), ""]
    return "\n".join(head + body) + "\n"


def main():
    repo, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    shutil.copy(os.path.join(repo, "jbake.properties"), out)
    for folder in ("templates", "assets", "data", "content"):
        shutil.copytree(os.path.join(repo, folder), os.path.join(out, folder))
    existing = sum(len(f) for _, _, f in os.walk(os.path.join(out, "content")))
    extra = max(0, pages - existing)
    pairs = extra // 2
    # Three quarters chapters, one quarter letters; chapter order is limited to 1..999 (7 are
    # the repository's), so larger corpora put the rest into letters.
    chapters = min(pairs * 3 // 4, 999 - 7)
    letters = pairs - chapters
    for lang in ("zh", "en"):
        for i in range(1, chapters + 1):
            path = os.path.join(out, "content", lang, "whitepaper", f"gen-{i:05d}.adoc")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(chapter(lang, i, chapters))
        for i in range(1, letters + 1):
            year = 2021 + (i - 1) % 5       # 2021..2025; the real 2020 letter stays untouched
            number = 1000 + i               # unique per year (and overall)
            folder = os.path.join(out, "content", lang, "letters", str(year))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"yushijianhan-{number}.adoc"), "w", encoding="utf-8", newline="\n") as f:
                f.write(letter(lang, year, number, i))
    total = sum(len(f) for _, _, f in os.walk(os.path.join(out, "content")))
    print(f"{out}: {total} content files ({chapters} chapter pairs, {letters} letter pairs generated)")


if __name__ == "__main__":
    main()

#include "views/paper/paperfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <mutex>

namespace adesk {

namespace {

quint16 u16(const QByteArray &b, qsizetype at) {
    return qFromBigEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at) {
    return qFromBigEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, qsizetype at, quint16 v) {
    qToBigEndian<quint16>(v, b.data() + at);
}
void put32(QByteArray &b, qsizetype at, quint32 v) {
    qToBigEndian<quint32>(v, b.data() + at);
}
void append16(QByteArray &b, quint16 v) {
    char c[2];
    qToBigEndian<quint16>(v, c);
    b.append(c, 2);
}
void append32(QByteArray &b, quint32 v) {
    char c[4];
    qToBigEndian<quint32>(v, c);
    b.append(c, 4);
}

quint32 checksum(const QByteArray &d) {
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= d.size(); i += 4)
        sum += u32(d, i);
    for (int shift = 24; i < d.size(); ++i, shift -= 8)
        sum += quint32(uchar(d[i])) << shift;
    return sum;
}

struct Table {
    QByteArray tag;
    QByteArray data;
};

// A glyph's bytes without its instructions; empty when malformed.
QByteArray glyphWithoutInstructions(const QByteArray &in, bool *ok) {
    *ok = true;
    const auto contours = qint16(u16(in, 0));
    if (contours >= 0) { // simple glyph: header, end points, instruction length, instructions, rest
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (lengthAt + 2 > in.size() || lengthAt + 2 + u16(in, lengthAt) > in.size()) {
            *ok = false;
            return {};
        }
        QByteArray out = in.left(lengthAt);
        append16(out, 0);
        out += in.mid(lengthAt + 2 + u16(in, lengthAt));
        return out;
    }
    // Composite: its components, WE_HAVE_INSTRUCTIONS cleared, the trailing instructions dropped.
    QByteArray out = in;
    qsizetype at = 10;
    quint16 flags = 0;
    do {
        if (at + 4 > out.size()) {
            *ok = false;
            return {};
        }
        flags = u16(out, at);
        put16(out, at, flags & ~0x0100);
        at += 4 + ((flags & 0x0001) ? 4 : 2); // flags, glyph index, word or byte arguments
        if (flags & 0x0008)
            at += 2; // one scale
        else if (flags & 0x0040)
            at += 4; // x and y scales
        else if (flags & 0x0080)
            at += 8;          // two by two
    } while (flags & 0x0020); // more components
    if (at > out.size()) {
        *ok = false;
        return {};
    }
    out.truncate(at);
    return out;
}

} // namespace

QByteArray PaperFonts::withoutHinting(const QByteArray &font, const QByteArray &renameFrom,
                                      const QByteArray &renameTo) {
    if (font.size() < 12 || (u32(font, 0) != 0x00010000 && u32(font, 0) != 0x74727565)) // 'true'
        return {};
    const int count = u16(font, 4);
    if (font.size() < 12 + 16 * qsizetype(count))
        return {};
    QList<Table> tables;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        const quint32 offset = u32(font, record + 8), length = u32(font, record + 12);
        if (qsizetype(offset) + qsizetype(length) > font.size())
            return {};
        tables.append({font.mid(record, 4), font.mid(offset, length)});
    }
    auto find = [&](const char *tag) -> Table * {
        for (Table &t : tables)
            if (t.tag == tag)
                return &t;
        return nullptr;
    };
    Table *head = find("head"), *maxp = find("maxp"), *loca = find("loca"), *glyf = find("glyf");
    if (!head || !maxp || !loca || !glyf || head->data.size() < 54 || maxp->data.size() < 6)
        return {};
    const int glyphs = u16(maxp->data, 4);
    const bool longLoca = u16(head->data, 50) == 1;
    if (loca->data.size() < (longLoca ? 4 : 2) * qsizetype(glyphs + 1))
        return {};
    auto offsetOf = [&](int g) -> quint32 {
        return longLoca ? u32(loca->data, 4 * qsizetype(g)) : quint32(u16(loca->data, 2 * qsizetype(g))) * 2;
    };
    QByteArray newGlyf, newLoca;
    newGlyf.reserve(glyf->data.size());
    newLoca.reserve(4 * qsizetype(glyphs + 1));
    for (int g = 0; g < glyphs; ++g) {
        append32(newLoca, quint32(newGlyf.size()));
        const quint32 start = offsetOf(g), end = offsetOf(g + 1);
        if (end <= start)
            continue; // no outline (a space)
        if (end > quint32(glyf->data.size()) || end - start < 10)
            return {};
        bool ok = false;
        newGlyf += glyphWithoutInstructions(glyf->data.mid(start, end - start), &ok);
        if (!ok)
            return {};
        while (newGlyf.size() % 4)
            newGlyf.append('\0');
    }
    append32(newLoca, quint32(newGlyf.size()));
    glyf->data = newGlyf;
    loca->data = newLoca;
    put16(head->data, 50, 1);                               // indexToLocFormat: long offsets
    put16(head->data, 16, u16(head->data, 16) & ~(1 << 4)); // instructions no longer alter advances
    if (maxp->data.size() >= 28)
        put16(maxp->data, 26, 0); // maxSizeOfInstructions
    if (Table *name = find("name"); name && !renameFrom.isEmpty() && renameFrom.size() == renameTo.size()) {
        QByteArray wideFrom, wideTo;
        for (qsizetype i = 0; i < renameFrom.size(); ++i) {
            wideFrom.append('\0').append(renameFrom[i]);
            wideTo.append('\0').append(renameTo[i]);
        }
        name->data.replace(wideFrom, wideTo);
        name->data.replace(renameFrom, renameTo);
    }
    tables.removeIf([](const Table &t) {
        return t.tag == "fpgm" || t.tag == "prep" || t.tag == "cvt " || t.tag == "hdmx" || t.tag == "LTSH" ||
               t.tag == "VDMX";
    });
    std::sort(tables.begin(), tables.end(), [](const Table &a, const Table &b) { return a.tag < b.tag; });

    const auto n = quint16(tables.size());
    quint16 pow2 = 1, log2 = 0;
    while (pow2 * 2 <= n) {
        pow2 *= 2;
        ++log2;
    }
    QByteArray out;
    append32(out, 0x00010000);
    append16(out, n);
    append16(out, quint16(16 * pow2));
    append16(out, log2);
    append16(out, quint16(16 * (n - pow2)));
    quint32 at = 12 + 16 * quint32(n);
    qsizetype headAt = -1;
    for (Table &t : tables) {
        if (t.tag == "head") {
            put32(t.data, 8, 0); // checkSumAdjustment: computed over the whole file below
            headAt = at;
        }
        out += t.tag;
        append32(out, checksum(t.data));
        append32(out, at);
        append32(out, quint32(t.data.size()));
        at += (quint32(t.data.size()) + 3) & ~3u;
    }
    for (const Table &t : tables) {
        out += t.data;
        while (out.size() % 4)
            out.append('\0');
    }
    put32(out, headAt + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

namespace {

QString g_family;
QByteArray g_data[2]; // regular, bold: set once with g_family, read-only after
std::once_flag g_once;

void registerFonts() {
    std::call_once(g_once, [] {
        QString &family = g_family;
        family = QStringLiteral("DejaVu Sans");
        QList<QByteArray> fonts;
        for (const char *path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}) {
            QFile file(QString::fromLatin1(path));
            if (!file.open(QIODevice::ReadOnly))
                return;
            fonts << PaperFonts::withoutHinting(file.readAll(), "DejaVu Sans", "DejaVuPaper");
            if (fonts.last().isEmpty())
                return;
        }
        for (const QByteArray &font : fonts)
            if (!QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFontFromData(font))
                     .contains(QStringLiteral("DejaVuPaper")))
                return;
        family = QStringLiteral("DejaVuPaper");
        g_data[0] = fonts.value(0);
        g_data[1] = fonts.value(1);
    });
}

} // namespace

QString PaperFonts::sansFamily() {
    registerFonts();
    return g_family;
}

QFont PaperFonts::sans(qreal pt, bool bold) {
    QFont f(sansFamily());
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QByteArray PaperFonts::sansData(bool bold) {
    registerFonts();
    return g_data[bold ? 1 : 0];
}

} // namespace adesk

#include "views/paper/t4arenderer.h"

#include "models/common/money.h"
#include "models/tax/businessnumber.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"
#include "views/paper/paperfonts.h"
#include "views/paper/papertext.h"
#include "views/paper/printpalette.h"

#include <QBuffer>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace adesk {

namespace {

// The documents' strings by key; the text comes from the catalogue in the document's language
// (PaperText).
const QHash<QByteArray, const char *> &table() {
    static const QHash<QByteArray, const char *> t = {
        // ----- slip (CRA form T4A) -----
        {"slipTitle", QT_TRANSLATE_NOOP("Paper", "T4A")},
        {"slipSubtitle",
         QT_TRANSLATE_NOOP("Paper", "Statement of Pension, Retirement, Annuity, and Other Income")},
        {"protectedB", QT_TRANSLATE_NOOP("Paper", "Protected B when completed")},
        {"year", QT_TRANSLATE_NOOP("Paper", "Year")},
        {"payer", QT_TRANSLATE_NOOP("Paper", "Payer's name and address")},
        {"payerAccount", QT_TRANSLATE_NOOP("Paper", "Payer's program account number")},
        {"sin", QT_TRANSLATE_NOOP("Paper", "Social insurance number")},
        {"bn", QT_TRANSLATE_NOOP("Paper", "Recipient's program account number")},
        {"recipient", QT_TRANSLATE_NOOP("Paper", "Recipient's name and address")},
        {"lastName", QT_TRANSLATE_NOOP("Paper", "Last name")},
        {"firstName", QT_TRANSLATE_NOOP("Paper", "First name")},
        {"initials", QT_TRANSLATE_NOOP("Paper", "Initials")},
        {"businessName", QT_TRANSLATE_NOOP("Paper", "Business name")},
        {"recipientNumber", QT_TRANSLATE_NOOP("Paper", "Recipient's number")},
        {"box016", QT_TRANSLATE_NOOP("Paper", "Pension or superannuation – line 11500")},
        {"box018", QT_TRANSLATE_NOOP("Paper", "Lump-sum payments – line 13000")},
        {"box020", QT_TRANSLATE_NOOP("Paper", "Self-employed commissions")},
        {"box022", QT_TRANSLATE_NOOP("Paper", "Income tax deducted – line 43700")},
        {"box024", QT_TRANSLATE_NOOP("Paper", "Annuities")},
        {"box048", QT_TRANSLATE_NOOP("Paper", "Fees for services")},
        {"otherInfo", QT_TRANSLATE_NOOP("Paper", "Other information")},
        {"boxCase", QT_TRANSLATE_NOOP("Paper", "Box")},
        {"amountLabel", QT_TRANSLATE_NOOP("Paper", "Amount")},
        {"amended", QT_TRANSLATE_NOOP("Paper", "AMENDED")},
        {"cancelled", QT_TRANSLATE_NOOP("Paper", "CANCELLED")},
        {"copy", QT_TRANSLATE_NOOP("Paper", "Recipient's copy — keep for your records")},
        {"payerCopy", QT_TRANSLATE_NOOP("Paper", "Payer's copy — keep for your records")},
        {"note048", QT_TRANSLATE_NOOP("Paper", "Box 048 excludes GST/HST. Report these fees on your return "
                                               "as business or professional income.")},
        {"truncated",
         QT_TRANSLATE_NOOP("Paper",
                           "SIN truncated and box 061 left blank on the recipient's copy, as CRA asks.")},
        {"truncatedBn",
         QT_TRANSLATE_NOOP(
             "Paper",
             "Account number truncated and box 061 left blank on the recipient's copy, as CRA asks.")},
        {"no061", QT_TRANSLATE_NOOP("Paper", "Box 061 is left blank on the recipient's copy, as CRA asks.")},
        // ----- Summary (CRA form T4ASUM) -----
        {"summaryTitle", QT_TRANSLATE_NOOP("Paper", "T4A Summary")},
        {"summarySubtitle",
         QT_TRANSLATE_NOOP("Paper", "Summary of Pension, Retirement, Annuity, and Other Income")},
        {"summaryAccount", QT_TRANSLATE_NOOP("Paper", "Payer's account number (15 characters)")},
        {"totals", QT_TRANSLATE_NOOP("Paper", "Totals of the T4A slips")},
        {"slipCount", QT_TRANSLATE_NOOP("Paper", "Total number of T4A slips filed")},
        {"total016", QT_TRANSLATE_NOOP("Paper", "Pension or superannuation")},
        {"total018", QT_TRANSLATE_NOOP("Paper", "Lump-sum payments")},
        {"total020", QT_TRANSLATE_NOOP("Paper", "Self-employed commissions")},
        {"total024", QT_TRANSLATE_NOOP("Paper", "Annuities")},
        {"total048", QT_TRANSLATE_NOOP("Paper", "Fees for services")},
        {"total101", QT_TRANSLATE_NOOP("Paper", "Other information")},
        {"total022", QT_TRANSLATE_NOOP("Paper", "Total income tax deducted")},
        {"total082", QT_TRANSLATE_NOOP("Paper", "Minus: remittances")},
        {"difference", QT_TRANSLATE_NOOP("Paper", "Difference")},
        {"total084", QT_TRANSLATE_NOOP("Paper", "Overpayment")},
        {"total086", QT_TRANSLATE_NOOP("Paper", "Balance due")},
        {"blankNote",
         QT_TRANSLATE_NOOP("Paper", "Lines this platform does not use are left blank, as CRA asks.")},
        {"contact", QT_TRANSLATE_NOOP("Paper", "Person to contact about this return")},
        {"contactName", QT_TRANSLATE_NOOP("Paper", "Name")},
        {"contactPhone", QT_TRANSLATE_NOOP("Paper", "Telephone number")},
        {"certification", QT_TRANSLATE_NOOP("Paper", "Certification")},
        {"certify",
         QT_TRANSLATE_NOOP(
             "Paper",
             "I certify that the information given in this T4A return is, to the best of my knowledge, "
             "correct and complete.")},
        {"authorizedName", QT_TRANSLATE_NOOP("Paper", "Name of authorized person")},
        {"signature", QT_TRANSLATE_NOOP("Paper", "Signature of authorized person")},
        {"position", QT_TRANSLATE_NOOP("Paper", "Position or office")},
        {"date", QT_TRANSLATE_NOOP("Paper", "Date")},
        {"telephone", QT_TRANSLATE_NOOP("Paper", "Telephone")},
        {"filing", QT_TRANSLATE_NOOP("Paper", "Filing")},
        {"reportType", QT_TRANSLATE_NOOP("Paper", "Report type")},
        {"original", QT_TRANSLATE_NOOP("Paper", "Original")},
        {"amendedReturn", QT_TRANSLATE_NOOP("Paper", "Amended")},
        {"submission", QT_TRANSLATE_NOOP("Paper", "Submission reference")},
        {"deadline", QT_TRANSLATE_NOOP("Paper", "Due date")},
        {"deadlineRule",
         QT_TRANSLATE_NOOP(
             "Paper",
             "The last day of February after the tax year, moved to the next business day when it falls on a "
             "Saturday, a Sunday or a public holiday.")},
        {"cancelledNote", QT_TRANSLATE_NOOP("Paper", "Cancelled slips are not included in the totals.")},
    };
    return t;
}

QFont font(qreal pt, bool bold = false) {
    // DejaVu Sans without its TrueType hinting (PaperFonts, as the statements): Qt's PDF engine
    // otherwise runs every glyph's instructions of every slip while it embeds the font.
    QFont f = PaperFonts::sans(pt, bold);
    // No shaping for Latin text: no "fi"/"ff" ligature glyphs, so the PDF's text reads back, is
    // found by search and read aloud as typed ("filed", not "ﬁled").
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferMatch | QFont::PreferNoShaping));
    return f;
}

QString other(const QString &lang) {
    return lang == u"fr" ? QStringLiteral("en") : QStringLiteral("fr");
}

QLocale localeFor(const QString &lang) {
    return lang == u"fr" ? QLocale(QLocale::French, QLocale::Canada)
                         : QLocale(QLocale::English, QLocale::Canada);
}

void setup(QPdfWriter &w, const QString &title) {
    w.setResolution(72);
    w.setPageSize(QPageSize(QPageSize::Letter)); // CRA's T4A and T4ASUM are Letter forms
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setTitle(title);
    w.setCreator(QStringLiteral("Auto Doctor Desk"));
}

/// The form's tinted background with a thin ink frame and a label at its top left.
void frame(QPainter &p, const QRectF &r, const QString &label) {
    p.setPen(QPen(printpalette::ink, 0.6));
    p.setBrush(printpalette::shade);
    p.drawRect(r);
    if (!label.isEmpty()) {
        p.setPen(printpalette::ink);
        p.setFont(font(6.2));
        p.drawText(r.adjusted(3, 2, -3, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    }
}

/// A white entry field.
void entry(QPainter &p, const QRectF &r) {
    p.setPen(QPen(printpalette::ink, 0.5));
    p.setBrush(printpalette::paper);
    p.drawRect(r);
}

/// The box number in its small cell, bold, as CRA prints it beside the entry.
void number(QPainter &p, const QRectF &r, const QString &n) {
    p.setPen(QPen(printpalette::ink, 0.5));
    p.setBrush(printpalette::shade);
    p.drawRect(r);
    p.setFont(font(7.5, true));
    p.drawText(r, Qt::AlignCenter, n);
}

/// A numbered CRA box: tinted frame, label on top, the box number at the bottom left and a white
/// entry field beside it holding @p value (right-aligned for amounts).
void field(QPainter &p, const QRectF &r, const QString &boxNumber, const QString &label, const QString &value,
           Qt::Alignment align = Qt::AlignRight, bool emphasis = false) {
    frame(p, r, label);
    const qreal eh = 17, nw = boxNumber.isEmpty() ? 0 : 24;
    const QRectF cell(r.left() + 3, r.bottom() - eh - 3, nw, eh);
    if (!boxNumber.isEmpty())
        number(p, cell, boxNumber);
    const QRectF e(cell.right() + (nw > 0 ? 2 : 0), cell.top(),
                   r.right() - 3 - cell.right() - (nw > 0 ? 2 : 0), eh);
    entry(p, e);
    p.setPen(printpalette::ink);
    p.setFont(font(9.5, emphasis));
    p.drawText(e.adjusted(4, 0, -4, 0), align | Qt::AlignVCenter, value);
}

QString addressBlock(const QString &l1, const QString &l2, const QString &city, const QString &province,
                     const QString &postal) {
    QStringList lines;
    if (!l1.isEmpty())
        lines << l1;
    if (!l2.isEmpty())
        lines << l2;
    QString last = city;
    if (!province.isEmpty())
        last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + province;
    if (!postal.isEmpty())
        last += QStringLiteral("  ") + T4ARules::normalizedPostalCode(postal);
    if (!last.trimmed().isEmpty())
        lines << last.trimmed();
    return lines.join(u'\n');
}

QString payerName(const T4APayer &p) {
    return p.nameLine2.isEmpty() ? p.nameLine1 : p.nameLine1 + u'\n' + p.nameLine2;
}

QString payerLanguage(const T4APayer &p) {
    return p.language.compare(QStringLiteral("F"), Qt::CaseInsensitive) == 0 ? QStringLiteral("fr")
                                                                             : QStringLiteral("en");
}

/// "Protected B when completed / Protégé B une fois rempli", @p lang first.
QString protectedB(const QString &lang) {
    return T4ARenderer::text("protectedB", lang) + QStringLiteral(" / ") +
           T4ARenderer::text("protectedB", other(lang));
}

/// One slip in the rectangle starting at (@p x, @p y), @p w wide (about 330 pt high).
void drawSlip(QPainter &p, qreal x, qreal y, qreal w, const T4ASlipData &s, const T4APayer &payer,
              int taxYear, T4ASlipCopy copy) {
    const QString lang = s.french() ? QStringLiteral("fr") : QStringLiteral("en");
    auto T = [&lang](const char *k) { return T4ARenderer::text(k, lang); };
    const bool recipientCopy = copy == T4ASlipCopy::Recipient;
    const qreal gap = 6, half = (w - gap) * 0.475, right = x + half + gap, rw = x + w - right;
    const qreal col = (rw - gap) / 2;

    // Stamp line: AMENDED / CANCELLED on the left, Protected B on the right.
    if (s.reportType != ReportType::Original) {
        p.setPen(printpalette::alert);
        p.setFont(font(10, true));
        p.drawText(QRectF(x, y, half, 13), Qt::AlignLeft | Qt::AlignVCenter,
                   s.reportType == ReportType::Cancelled ? T("cancelled") : T("amended"));
    }
    p.setPen(printpalette::ink);
    p.setFont(font(7, true));
    p.drawText(QRectF(x, y, w, 13), Qt::AlignRight | Qt::AlignVCenter, protectedB(lang));
    y += 16;

    // Header: payer's name and address, year, T4A and its bilingual title.
    const qreal hh = 66;
    frame(p, QRectF(x, y, half, hh), T("payer"));
    entry(p, QRectF(x + 3, y + 11, half - 6, hh - 14));
    p.setPen(printpalette::ink);
    p.setFont(font(8.5, true));
    const QString name = payerName(payer);
    const int nameLines = int(name.count(u'\n')) + 1;
    p.drawText(QRectF(x + 7, y + 13, half - 14, 12 * nameLines), Qt::AlignLeft | Qt::AlignTop, name);
    p.setFont(font(7.5));
    p.drawText(
        QRectF(x + 7, y + 14 + 11 * nameLines, half - 14, hh - 16 - 11 * nameLines),
        Qt::AlignLeft | Qt::AlignTop,
        addressBlock(payer.addressLine1, payer.addressLine2, payer.city, payer.province, payer.postalCode));
    const qreal yw = 62;
    frame(p, QRectF(right, y, yw, hh), T("year"));
    entry(p, QRectF(right + 3, y + hh - 26, yw - 6, 23));
    p.setFont(font(12, true));
    p.drawText(QRectF(right + 3, y + hh - 26, yw - 6, 23), Qt::AlignCenter, QString::number(taxYear));
    const qreal tx = right + yw + 8;
    p.setFont(font(24, true));
    p.drawText(QRectF(tx, y, 70, 30), Qt::AlignLeft | Qt::AlignTop, T("slipTitle"));
    p.setFont(font(7.2, true));
    const qreal tw = x + w - tx;
    p.drawText(QRectF(tx, y + 30, tw, 18), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               T("slipSubtitle"));
    p.setPen(printpalette::inkMuted);
    p.setFont(font(6.8));
    p.drawText(QRectF(tx, y + 48, tw, 18), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               T4ARenderer::text("slipSubtitle", other(lang)));
    y += hh + gap;

    // Identification on the left, amounts on the right, as on CRA's form.
    const qreal bh = 40;
    const bool business = s.recipientKind == RecipientKind::Business;
    auto amount = [&](qint64 cents) { return cents < 0 ? QString() : T4ARenderer::slipAmount(cents, lang); };
    field(p, QRectF(x, y, half, bh), QStringLiteral("061"), T("payerAccount"),
          recipientCopy ? QString() : payer.payerAccount, Qt::AlignLeft);
    field(p, QRectF(right, y, col, bh), QStringLiteral("016"), T("box016"), amount(s.box016Cents));
    field(p, QRectF(right + col + gap, y, col, bh), QStringLiteral("022"), T("box022"),
          amount(s.box022Cents));
    y += bh + gap;
    const qreal idw = (half - gap) / 2;
    QString sin, bn;
    if (!s.sin.isEmpty() && !business)
        sin = recipientCopy ? Sin::masked(s.sin) : Sin::formatted(s.sin);
    if (!s.bn.isEmpty())
        bn = recipientCopy ? BusinessNumber::masked(s.bn) : BusinessNumber::normalized(s.bn);
    field(p, QRectF(x, y, idw, bh), QStringLiteral("012"), T("sin"), sin, Qt::AlignLeft);
    field(p, QRectF(x + idw + gap, y, idw, bh), QStringLiteral("013"), T("bn"), bn, Qt::AlignLeft);
    field(p, QRectF(right, y, col, bh), QStringLiteral("018"), T("box018"), amount(s.box018Cents));
    field(p, QRectF(right + col + gap, y, col, bh), QStringLiteral("020"), T("box020"),
          amount(s.box020Cents));
    y += bh + gap;

    // Recipient's name and address; boxes 024 and 048; other information.
    const qreal rh = 104;
    frame(p, QRectF(x, y, half, rh), T("recipient"));
    entry(p, QRectF(x + 3, y + 11, half - 6, rh - 14));
    p.setPen(printpalette::inkMuted);
    p.setFont(font(5.8));
    const qreal c1 = (half - 14) * 0.48, c2 = (half - 14) * 0.36, c3 = half - 14 - c1 - c2;
    if (business) {
        p.drawText(QRectF(x + 7, y + 13, half - 14, 8), Qt::AlignLeft | Qt::AlignTop, T("businessName"));
    } else {
        p.drawText(QRectF(x + 7, y + 13, c1, 8), Qt::AlignLeft | Qt::AlignTop, T("lastName"));
        p.drawText(QRectF(x + 7 + c1, y + 13, c2, 8), Qt::AlignLeft | Qt::AlignTop, T("firstName"));
        p.drawText(QRectF(x + 7 + c1 + c2, y + 13, c3, 8), Qt::AlignLeft | Qt::AlignTop, T("initials"));
    }
    p.setPen(printpalette::ink);
    p.setFont(font(9.5, true));
    qreal ny = y + 22;
    if (business) {
        const QString bname = s.businessName.isEmpty() ? s.payeeName : s.businessName;
        p.drawText(QRectF(x + 7, ny, half - 14, 13), Qt::AlignLeft | Qt::AlignTop, bname);
        if (!s.businessName2.isEmpty()) {
            ny += 12;
            p.drawText(QRectF(x + 7, ny, half - 14, 13), Qt::AlignLeft | Qt::AlignTop, s.businessName2);
        }
    } else if (s.surname.isEmpty() && s.givenName.isEmpty()) {
        p.drawText(QRectF(x + 7, ny, half - 14, 13), Qt::AlignLeft | Qt::AlignTop, s.recipientDisplay());
    } else {
        p.drawText(QRectF(x + 7, ny, c1 - 4, 13), Qt::AlignLeft | Qt::AlignTop, s.surname);
        p.drawText(QRectF(x + 7 + c1, ny, c2 - 4, 13), Qt::AlignLeft | Qt::AlignTop, s.givenName);
        p.drawText(QRectF(x + 7 + c1 + c2, ny, c3, 13), Qt::AlignLeft | Qt::AlignTop, s.initial);
    }
    p.setFont(font(8.5));
    p.drawText(QRectF(x + 7, ny + 16, half - 14, y + rh - ny - 18), Qt::AlignLeft | Qt::AlignTop,
               addressBlock(s.addressLine1, s.addressLine2, s.city, s.province, s.postalCode));
    field(p, QRectF(right, y, col, bh), QStringLiteral("024"), T("box024"), amount(s.box024Cents));
    field(p, QRectF(right + col + gap, y, col, bh), QStringLiteral("048"), T("box048"), amount(s.box048Cents),
          Qt::AlignRight, true);
    const qreal oy = y + bh + gap, oh = rh - bh - gap;
    frame(p, QRectF(right, oy, rw, oh), T("otherInfo"));
    const qreal pw = (rw - 6 - gap) / 2, cellH = 15;
    for (int row = 0; row < 2; ++row)
        for (int c = 0; c < 2; ++c) {
            const qreal cx = right + 3 + c * (pw + gap), cy = oy + 12 + row * (cellH + 9);
            p.setPen(printpalette::inkMuted);
            p.setFont(font(5.5));
            p.drawText(QRectF(cx, cy, 40, 7), Qt::AlignLeft | Qt::AlignTop, T("boxCase"));
            p.drawText(QRectF(cx + 30, cy, pw - 30, 7), Qt::AlignLeft | Qt::AlignTop, T("amountLabel"));
            entry(p, QRectF(cx, cy + 7, 26, cellH - 1));
            entry(p, QRectF(cx + 30, cy + 7, pw - 30, cellH - 1));
        }
    y += rh + gap;

    // Notes and the copy's name.
    p.setPen(printpalette::ink);
    p.setFont(font(7.2));
    p.drawText(QRectF(x, y, w, 11), Qt::AlignLeft | Qt::AlignTop, T("note048"));
    y += 11;
    p.setPen(printpalette::inkMuted);
    if (recipientCopy)
        p.drawText(QRectF(x, y, w, 11), Qt::AlignLeft | Qt::AlignTop,
                   !sin.isEmpty()  ? T("truncated")
                   : !bn.isEmpty() ? T("truncatedBn")
                                   : T("no061"));
    y += 13;
    p.setFont(font(7, true));
    p.drawText(QRectF(x, y, w / 2, 11), Qt::AlignLeft | Qt::AlignTop,
               recipientCopy ? T("copy") : T("payerCopy"));
    p.setFont(font(7));
    p.drawText(QRectF(x + w / 2, y, w / 2, 11), Qt::AlignRight | Qt::AlignTop,
               T("recipientNumber") + QStringLiteral(" ") + s.key());
}

} // namespace

QString T4ARenderer::text(const char *key, const QString &language) {
    const auto it = table().constFind(QByteArray(key));
    if (it == table().constEnd())
        return QString::fromLatin1(key);
    return PaperText::translate(language, *it);
}

QString T4ARenderer::slipFileName(const T4ASlipData &slip, int taxYear) {
    QString slug = slip.payeeName.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]")));
    slug = slug.simplified().replace(u' ', u'-').left(40);
    return QStringLiteral("%1_T4A_%2%3_%4.pdf")
        .arg(taxYear)
        .arg(slip.key(), slip.reportType == ReportType::Original ? QString() : u'-' + toCode(slip.reportType),
             slug);
}

QString T4ARenderer::summaryFileName(int taxYear) {
    return QStringLiteral("%1_T4A-Summary.pdf").arg(taxYear);
}

QString T4ARenderer::slipAmount(qint64 cents, const QString &language) {
    const QLocale locale = localeFor(language);
    const qint64 abs = cents < 0 ? -cents : cents;
    const QString number = locale.toString(abs / 100) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(int(abs % 100), 2, 10, QLatin1Char('0'));
    return cents < 0 ? locale.negativeSign() + number : number;
}

QByteArray T4ARenderer::renderSlip(const T4ASlipData &s, const T4APayer &payer, int taxYear,
                                   T4ASlipCopy copy) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setup(writer, QStringLiteral("T4A %1 %2").arg(taxYear).arg(s.recipientDisplay()));
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        // Letter: 612 x 792 pt, two slips of 372 pt with a cut line between them.
        constexpr qreal x = 30, w = 552, top = 24, slot = 384;
        drawSlip(p, x, top, w, s, payer, taxYear, copy);
        if (copy == T4ASlipCopy::Recipient) {
            p.setPen(QPen(printpalette::rule, 0.8, Qt::DashLine));
            p.drawLine(QPointF(x, top + slot - 12), QPointF(x + w, top + slot - 12));
            drawSlip(p, x, top + slot, w, s, payer, taxYear, copy);
        }
    }
    buffer.close();
    return bytes;
}

QByteArray T4ARenderer::renderSummary(const T4AReturnData &d) {
    return renderSummary(d, d.totals());
}

QByteArray T4ARenderer::renderSummary(const T4AReturnData &d, const T4ASummaryTotals &totals) {
    const QString lang = payerLanguage(d.payer);
    const QLocale locale = localeFor(lang);
    auto T = [&lang](const char *k) { return text(k, lang); };
    auto O = [&lang](const char *k) { return text(k, other(lang)); };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setup(writer, QStringLiteral("%1 %2").arg(T("summaryTitle")).arg(d.taxYear));
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        constexpr qreal x = 40, w = 532, gap = 8;
        qreal y = 30;
        p.setPen(printpalette::ink);
        p.setFont(font(7.5, true));
        p.drawText(QRectF(x, y, w, 12), Qt::AlignRight | Qt::AlignVCenter, protectedB(lang));
        y += 16;
        // Title (both languages, the payer's first) and year.
        p.setFont(font(20, true));
        p.drawText(QRectF(x, y, 360, 28), Qt::AlignLeft | Qt::AlignVCenter, T("summaryTitle"));
        p.setFont(font(8.5, true));
        p.drawText(QRectF(x, y + 28, 400, 12), Qt::AlignLeft | Qt::AlignVCenter, T("summarySubtitle"));
        p.setPen(printpalette::inkMuted);
        p.setFont(font(8));
        p.drawText(QRectF(x, y + 40, 400, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   O("summaryTitle") + QStringLiteral(" — ") + O("summarySubtitle"));
        frame(p, QRectF(x + w - 90, y, 90, 50), T("year"));
        entry(p, QRectF(x + w - 87, y + 22, 84, 25));
        p.setPen(printpalette::ink);
        p.setFont(font(13, true));
        p.drawText(QRectF(x + w - 87, y + 22, 84, 25), Qt::AlignCenter, QString::number(d.taxYear));
        y += 62;
        // Payer.
        const qreal half = (w - gap) / 2;
        frame(p, QRectF(x, y, half, 84), T("payer"));
        entry(p, QRectF(x + 3, y + 11, half - 6, 70));
        p.setFont(font(9, true));
        const QString name = payerName(d.payer);
        const int nameLines = int(name.count(u'\n')) + 1;
        p.drawText(QRectF(x + 8, y + 14, half - 16, 13 * nameLines), Qt::AlignLeft | Qt::AlignTop, name);
        p.setFont(font(8.5));
        p.drawText(QRectF(x + 8, y + 16 + 12 * nameLines, half - 16, 60), Qt::AlignLeft | Qt::AlignTop,
                   addressBlock(d.payer.addressLine1, d.payer.addressLine2, d.payer.city, d.payer.province,
                                d.payer.postalCode));
        field(p, QRectF(x + half + gap, y, half, 40), QString(), T("summaryAccount"), d.payer.payerAccount,
              Qt::AlignLeft, true);
        field(p, QRectF(x + half + gap, y + 44, half, 40), QString(), T("reportType"),
              totals.reportType == ReportType::Amended ? T("amendedReturn") : T("original"), Qt::AlignLeft);
        y += 84 + 14;

        // Totals: the lines of CRA's T4ASUM. Amounts this platform never reports stay blank.
        const int cancelled = totals.cancelledCount;
        auto total = [&](qint64 T4ASlipData::*b) {
            const qint64 t = totals.total(b);
            return t > 0 ? Money::fromCents(t).toString(locale) : QString();
        };
        p.setPen(printpalette::heading);
        p.setFont(font(9, true));
        p.drawText(QRectF(x, y, w, 14), Qt::AlignLeft | Qt::AlignVCenter, T("totals"));
        y += 16;
        const qreal lineH = 27;
        auto line = [&](qreal lx, qreal ly, const QString &n, const QString &label, const QString &value,
                        bool emphasis = false) {
            const QRectF r(lx, ly, half, lineH - 3);
            p.setPen(QPen(printpalette::ink, 0.6));
            p.setBrush(printpalette::shade);
            p.drawRect(r);
            p.setPen(printpalette::ink);
            p.setFont(font(7.3));
            p.drawText(QRectF(r.left() + 5, r.top(), half * 0.53, r.height()),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
            const qreal ex = r.left() + half * 0.56;
            if (!n.isEmpty())
                number(p, QRectF(ex, r.top() + 3, 26, r.height() - 6), n);
            const QRectF e(ex + 28, r.top() + 3, r.right() - 3 - ex - 28, r.height() - 6);
            entry(p, e);
            p.setPen(printpalette::ink);
            p.setFont(font(9, emphasis));
            p.drawText(e.adjusted(4, 0, -5, 0), Qt::AlignRight | Qt::AlignVCenter, value);
        };
        const qreal ly = y, rx = x + half + gap;
        line(x, y, QStringLiteral("088"), T("slipCount"), locale.toString(qlonglong(totals.slipCount)), true);
        line(x, y += lineH, QStringLiteral("016"), T("total016"), total(&T4ASlipData::box016Cents));
        line(x, y += lineH, QStringLiteral("018"), T("total018"), total(&T4ASlipData::box018Cents));
        line(x, y += lineH, QStringLiteral("020"), T("total020"), total(&T4ASlipData::box020Cents));
        line(x, y += lineH, QStringLiteral("024"), T("total024"), total(&T4ASlipData::box024Cents));
        line(x, y += lineH, QStringLiteral("048"), T("total048"), total(&T4ASlipData::box048Cents), true);
        line(x, y += lineH, QStringLiteral("101"), T("total101"), QString());
        y = ly;
        line(rx, y, QStringLiteral("022"), T("total022"), total(&T4ASlipData::box022Cents));
        // The platform deducts no income tax from fees for services and keeps no remittance
        // record: 082, the difference, 084 and 086 stay blank unless there is tax to account for.
        line(rx, y += lineH, QStringLiteral("082"), T("total082"), QString());
        line(rx, y += lineH, QString(), T("difference"), QString());
        line(rx, y += lineH, QStringLiteral("084"), T("total084"), QString());
        line(rx, y += lineH, QStringLiteral("086"), T("total086"), QString());
        y += lineH + 4;
        // Person to contact (lines 076 and 078).
        const qreal ch = 54;
        frame(p, QRectF(rx, y, half, ch), T("contact"));
        const qreal cy = y + 14;
        number(p, QRectF(rx + 3, cy, 24, 16), QStringLiteral("076"));
        entry(p, QRectF(rx + 29, cy, half - 32, 16));
        number(p, QRectF(rx + 3, cy + 19, 24, 16), QStringLiteral("078"));
        entry(p, QRectF(rx + 29, cy + 19, half - 32, 16));
        p.setPen(printpalette::ink);
        p.setFont(font(8.5));
        p.drawText(QRectF(rx + 33, cy, half - 40, 16), Qt::AlignLeft | Qt::AlignVCenter, d.payer.contactName);
        p.drawText(QRectF(rx + 33, cy + 19, half - 40, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("(%1) %2%3")
                       .arg(d.payer.contactAreaCode, d.payer.contactPhone,
                            d.payer.contactExtension.isEmpty()
                                ? QString()
                                : QStringLiteral(" x") + d.payer.contactExtension));
        y = ly + 7 * lineH + 4;
        p.setPen(printpalette::inkMuted);
        p.setFont(font(7));
        p.drawText(QRectF(x, y, half, 24), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, T("blankNote"));
        y = qMax(y + 28, ly + 5 * lineH + 4 + ch + 12);

        // Certification, in both languages (the payer's first), with the lines to sign.
        const qreal certH = 150;
        frame(p, QRectF(x, y, w, certH), QString());
        p.setPen(printpalette::ink);
        p.setFont(font(9, true));
        p.drawText(QRectF(x + 6, y + 4, w - 12, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   T("certification") + QStringLiteral(" / ") + O("certification"));
        p.setFont(font(8.2));
        p.drawText(QRectF(x + 6, y + 20, w - 12, 24), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   T("certify"));
        p.setPen(printpalette::inkMuted);
        p.setFont(font(7.5));
        p.drawText(QRectF(x + 6, y + 44, w - 12, 22), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   O("certify"));
        const qreal fy = y + 70, fh = 34;
        auto signLine = [&](qreal fx, qreal fyy, qreal fww, const char *key) {
            entry(p, QRectF(fx, fyy, fww, fh));
            p.setPen(printpalette::inkMuted);
            p.setFont(font(6.2));
            p.drawText(QRectF(fx + 3, fyy + fh - 10, fww - 6, 9), Qt::AlignLeft | Qt::AlignBottom,
                       T(key) + QStringLiteral(" / ") + O(key));
        };
        const qreal sw = (w - 12 - gap) / 2, qw = (sw - gap) / 2;
        signLine(x + 6, fy, sw, "authorizedName");
        signLine(x + 6 + sw + gap, fy, sw, "position");
        signLine(x + 6, fy + fh + 6, sw, "signature");
        signLine(x + 6 + sw + gap, fy + fh + 6, qw, "date");
        signLine(x + 6 + sw + gap + qw + gap, fy + fh + 6, qw, "telephone");
        y += certH + 14;

        // Filing: the due date (moved past weekends and holidays), the submission.
        p.setPen(printpalette::heading);
        p.setFont(font(9, true));
        p.drawText(QRectF(x, y, w, 14), Qt::AlignLeft | Qt::AlignVCenter, T("filing"));
        y += 16;
        field(p, QRectF(x, y, half, 40), QString(), T("deadline"),
              locale.toString(T4ARules::filingDueDate(d.taxYear), QLocale::LongFormat), Qt::AlignLeft, true);
        field(p, QRectF(x + half + gap, y, half, 40), QString(), T("submission"), d.submissionRef,
              Qt::AlignLeft);
        y += 44;
        p.setPen(printpalette::inkMuted);
        p.setFont(font(7));
        p.drawText(QRectF(x, y, w, 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, T("deadlineRule"));
        if (cancelled > 0) {
            p.setPen(printpalette::ink);
            p.setFont(font(8));
            p.drawText(QRectF(x, y + 20, w, 14), Qt::AlignLeft, T("cancelledNote"));
        }
    }
    buffer.close();
    return bytes;
}

} // namespace adesk

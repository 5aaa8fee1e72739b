#include "app/demo/certificaterenderer.h"

#include "views/paper/paperfonts.h"
#include "views/paper/papertext.h"

#include "views/paper/printpalette.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

namespace adesk {

namespace {

// A generated document is written in its holder's language (French for Quebec), independently of
// the user interface language: its strings come from the catalogue in that language (PaperText).
QString say(const CertificateData &d, const char *source) {
    return PaperText::translate(d.language, source);
}

constexpr qreal kPageW = 612; // Letter, points
constexpr qreal kPageH = 792;
constexpr qreal kMargin = 54;

QColor accentFor(CertificateData::Kind kind) {
    using printpalette::Accent;
    switch (kind) {
    case CertificateData::Kind::Insurance:
        return printpalette::accent(Accent::Navy);
    case CertificateData::Kind::BusinessLicence:
    case CertificateData::Kind::Zoning:
        return printpalette::accent(Accent::Forest);
    case CertificateData::Kind::Employment:
        return printpalette::accent(Accent::Maroon);
    case CertificateData::Kind::Certification:
        return printpalette::accent(Accent::Ochre);
    case CertificateData::Kind::Ownership:
        return printpalette::accent(Accent::Plum);
    }
    return printpalette::ink;
}

QString initials(const QString &name) {
    QString out;
    static const QRegularExpression words(QStringLiteral("[\\s\\-]+"));
    for (const QString &w : name.split(words, Qt::SkipEmptyParts)) {
        if (w.front().isUpper())
            out += w.front();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? name.left(1).toUpper() : out;
}

/// A little letter spacing makes Qt's shaper skip ligatures ("ﬀ"), so the text extracted from the
/// PDF (search in the viewer, tests) reads as typed.
QFont spaced(QFont f) {
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);
    return f;
}

QFont font(qreal pt, bool bold = false) {
    // DejaVu Sans without its hinting tables (PaperFonts), as the statements: same outlines, and
    // Qt's PDF engine no longer runs each glyph's TrueType instructions while it embeds the font.
    return spaced(PaperFonts::sans(pt, bold));
}

QFont serif(qreal pt, bool bold = false, bool italic = false) {
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    // A PDF is scalable: the text is laid out with unhinted metrics, as the statements and slips.
    f.setHintingPreference(QFont::PreferNoHinting);
    return spaced(f);
}

/// @p c blended into the paper: 0 = paper, 1 = c.
QColor tint(const QColor &c, qreal amount) {
    const QColor w = printpalette::paper;
    return QColor::fromRgbF(w.redF() - (w.redF() - c.redF()) * amount,
                            w.greenF() - (w.greenF() - c.greenF()) * amount,
                            w.blueF() - (w.blueF() - c.blueF()) * amount);
}

/// Draws wrapped text in @p rect, returns the height used.
qreal paragraph(QPainter &p, const QRectF &rect, const QString &text, const QFont &f) {
    p.setFont(f);
    const QRectF used = p.boundingRect(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return used.height();
}

void letterhead(QPainter &p, const CertificateData &d) {
    const QColor accent = accentFor(d.kind);
    p.fillRect(QRectF(0, 0, kPageW, 96), accent);
    p.fillRect(QRectF(0, 96, kPageW, 4), tint(accent, 0.45));

    // A round seal with the issuer's initials.
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(printpalette::paper, 2));
    p.setBrush(Qt::NoBrush);
    const QRectF seal(kMargin, 20, 56, 56);
    p.drawEllipse(seal);
    p.setFont(font(17, true));
    p.setPen(printpalette::paper);
    p.drawText(seal, Qt::AlignCenter, initials(d.issuerName));

    // Long names (ministries) shrink to fit the band, then elide.
    const qreal nameWidth = kPageW - 2 * kMargin - 72;
    qreal pt = 17;
    QFont nameFont = font(pt, true);
    while (pt > 13 && QFontMetricsF(nameFont).horizontalAdvance(d.issuerName) > nameWidth)
        nameFont = font(pt -= 0.5, true);
    qreal addressY = 50;
    if (QFontMetricsF(nameFont).horizontalAdvance(d.issuerName) <= nameWidth) {
        p.setFont(nameFont);
        p.drawText(QRectF(kMargin + 72, 22, nameWidth, 28), Qt::AlignLeft | Qt::AlignVCenter, d.issuerName);
    } else {
        // Too long for one line even when smaller (ministries): two lines.
        p.setFont(font(12.5, true));
        p.drawText(QRectF(kMargin + 72, 14, nameWidth, 44),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, d.issuerName);
        addressY = 60;
    }
    p.setFont(font(9));
    p.drawText(QRectF(kMargin + 72, addressY, nameWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
               d.issuerAddress);
}

QString titleFor(const CertificateData &d) {
    switch (d.kind) {
    case CertificateData::Kind::Insurance:
        return say(d, QT_TRANSLATE_NOOP("Paper", "CERTIFICATE OF LIABILITY INSURANCE"));
    case CertificateData::Kind::BusinessLicence:
        return say(d, QT_TRANSLATE_NOOP("Paper", "BUSINESS LICENCE"));
    case CertificateData::Kind::Zoning:
        return say(d, QT_TRANSLATE_NOOP("Paper", "ZONING COMPLIANCE CONFIRMATION"));
    case CertificateData::Kind::Employment:
        return say(d, QT_TRANSLATE_NOOP("Paper", "PROOF OF EMPLOYMENT"));
    case CertificateData::Kind::Certification:
        return say(d, QT_TRANSLATE_NOOP("Paper", "CERTIFICATE OF QUALIFICATION"));
    case CertificateData::Kind::Ownership:
        return say(d, QT_TRANSLATE_NOOP("Paper", "PARCEL REGISTER — PROOF OF OWNERSHIP"));
    }
    return {};
}

QList<std::pair<QString, QString>> fieldsFor(const CertificateData &d) {
    QList<std::pair<QString, QString>> rows;
    const QString none = say(d, QT_TRANSLATE_NOOP("Paper", "(not stated)"));
    auto num = [&](const QString &n) { return n.isEmpty() ? none : n; };
    switch (d.kind) {
    case CertificateData::Kind::Insurance:
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Named insured")), d.holderName});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Address")), d.holderAddress});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Policy number")), num(d.number)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Coverage")), d.detail});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Limit of liability")),
                     CertificateRenderer::formatMoney(d.coverageCents, d.language) + u' ' +
                         say(d, QT_TRANSLATE_NOOP("Paper", "per occurrence"))});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Effective date")),
                     CertificateRenderer::formatDate(d.effectiveDate)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Expiry date")),
                     CertificateRenderer::formatDate(d.expiryDate)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Certificate holder")),
                     QStringLiteral("The Auto Doctor Inc., Toronto ON")});
        break;
    case CertificateData::Kind::BusinessLicence:
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Licensee")), d.holderName});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Business address")), d.holderAddress});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Licence number")), num(d.number)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Licence class")), d.detail});
        rows.append(
            {say(d, QT_TRANSLATE_NOOP("Paper", "Issued")), CertificateRenderer::formatDate(d.effectiveDate)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Expiry date")),
                     CertificateRenderer::formatDate(d.expiryDate)});
        break;
    case CertificateData::Kind::Zoning:
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Property occupant")), d.holderName});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Civic address")), d.holderAddress});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "File number")), num(d.number)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Permitted use")), d.detail});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Date of confirmation")),
                     CertificateRenderer::formatDate(d.effectiveDate)});
        break;
    case CertificateData::Kind::Certification:
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Holder")), d.holderName});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Trade")), d.detail});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Certificate number")), num(d.number)});
        rows.append(
            {say(d, QT_TRANSLATE_NOOP("Paper", "Endorsement")), QStringLiteral("Red Seal / Sceau rouge")});
        rows.append(
            {say(d, QT_TRANSLATE_NOOP("Paper", "Issued")), CertificateRenderer::formatDate(d.effectiveDate)});
        break;
    case CertificateData::Kind::Ownership:
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Registered owner")), d.holderName});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Property address")), d.holderAddress});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Property identifier (PIN)")), num(d.number)});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Property class")), d.detail});
        rows.append({say(d, QT_TRANSLATE_NOOP("Paper", "Registration date")),
                     CertificateRenderer::formatDate(d.effectiveDate)});
        break;
    case CertificateData::Kind::Employment:
        break;
    }
    return rows;
}

QString employmentBody(const CertificateData &d) {
    const QString since = CertificateRenderer::formatDate(d.effectiveDate);
    if (d.language == u"fr")
        return QStringLiteral("Nous attestons par la présente que %1 est à l'emploi de %2 depuis le %3, "
                              "à titre de %4, à temps plein, dans notre atelier titulaire d'un permis situé "
                              "au %5.\n\nCette personne effectue des réparations mécaniques sur place sous "
                              "notre supervision et est couverte par notre assurance responsabilité. "
                              "Pour toute question, veuillez communiquer avec le soussigné.")
            .arg(d.holderName, d.issuerName, since, d.detail, d.holderAddress);
    return QStringLiteral("This letter confirms that %1 has been employed by %2 since %3 as a full-time %4 "
                          "at our licensed facility located at %5.\n\nThe employee performs mechanical "
                          "repairs on our premises under our supervision and is covered by our liability "
                          "insurance. Please contact the undersigned with any questions.")
        .arg(d.holderName, d.issuerName, since, d.detail, d.holderAddress);
}

QString closingText(const CertificateData &d) {
    switch (d.kind) {
    case CertificateData::Kind::Insurance:
        return say(
            d, QT_TRANSLATE_NOOP(
                   "Paper",
                   "This certificate is issued as a matter of information only and confers no rights upon "
                   "the certificate holder. It does not amend, extend or alter the coverage afforded by the "
                   "policy above. Should the policy be cancelled before its expiry date, the insurer will "
                   "endeavour to mail 30 days' written notice to the certificate holder."));
    case CertificateData::Kind::BusinessLicence:
        return say(d, QT_TRANSLATE_NOOP(
                          "Paper",
                          "This licence must be displayed in a conspicuous place at the business premises. "
                          "It is not transferable and is valid only for the address and class shown above."));
    case CertificateData::Kind::Zoning:
        return say(d,
                   QT_TRANSLATE_NOOP(
                       "Paper",
                       "The property named above is located in a zone where the use described is permitted "
                       "under the applicable zoning by-law, as of the date of this confirmation."));
    case CertificateData::Kind::Certification:
        return say(d, QT_TRANSLATE_NOOP("Paper", "The holder has met the standards of the Interprovincial "
                                                 "Standards Red Seal Program for the trade named above."));
    case CertificateData::Kind::Ownership:
        return say(d, QT_TRANSLATE_NOOP("Paper",
                                        "This statement reflects the register as of the date of the "
                                        "search. Instruments registered after that date are not shown."));
    case CertificateData::Kind::Employment:
        return {};
    }
    return {};
}

} // namespace

QString CertificateRenderer::formatMoney(qint64 cents, const QString &language) {
    const bool fr = language == u"fr";
    const QLocale locale(fr ? QLocale::French : QLocale::English, QLocale::Canada);
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    const QString whole = locale.toString(abs / 100);
    const QString frac = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    QString s = whole + locale.decimalPoint() + frac;
    s = fr ? s + QStringLiteral("\u00a0$") : u'$' + s;
    return negative ? u'-' + s : s;
}

QString CertificateRenderer::formatDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QByteArray CertificateRenderer::render(const CertificateData &d) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(72); // one unit = one point
        writer.setTitle(titleFor(d) + QStringLiteral(" — ") + d.holderName);
        writer.setCreator(d.issuerName);

        QPainter p(&writer);
        const QColor accent = accentFor(d.kind);
        letterhead(p, d);

        qreal y = 132;
        const qreal width = kPageW - 2 * kMargin;

        // Date line on letters, title otherwise.
        if (d.kind == CertificateData::Kind::Employment) {
            p.setPen(printpalette::ink);
            p.setFont(font(10));
            p.drawText(QRectF(kMargin, y, width, 16), Qt::AlignRight, formatDate(d.issuedOn));
            y += 28;
        }
        p.setPen(accent);
        p.setFont(font(16, true));
        p.drawText(QRectF(kMargin, y, width, 24), Qt::AlignLeft | Qt::AlignVCenter, titleFor(d));
        y += 30;
        p.setPen(QPen(accent, 1.2));
        p.drawLine(QPointF(kMargin, y), QPointF(kPageW - kMargin, y));
        y += 22;

        p.setPen(printpalette::ink);
        if (d.kind == CertificateData::Kind::Employment) {
            p.setFont(font(11));
            p.drawText(QRectF(kMargin, y, width, 16), Qt::AlignLeft,
                       say(d, QT_TRANSLATE_NOOP("Paper", "To whom it may concern,")));
            y += 30;
            y += paragraph(p, QRectF(kMargin, y, width, 300), employmentBody(d), serif(11.5)) + 24;
            p.setFont(font(10));
            p.drawText(QRectF(kMargin, y, width, 16), Qt::AlignLeft,
                       say(d, QT_TRANSLATE_NOOP("Paper", "Employee:")) + u' ' + d.holderName);
            y += 18;
            p.drawText(QRectF(kMargin, y, width, 16), Qt::AlignLeft,
                       say(d, QT_TRANSLATE_NOOP("Paper", "Position:")) + u' ' + d.detail);
            y += 18;
            p.drawText(QRectF(kMargin, y, width, 16), Qt::AlignLeft,
                       say(d, QT_TRANSLATE_NOOP("Paper", "Start date:")) + u' ' +
                           formatDate(d.effectiveDate));
            y += 18;
        } else {
            // Field table: shaded label column, values beside it.
            const auto rows = fieldsFor(d);
            const qreal labelW = 170;
            const qreal rowH = 30;
            for (int i = 0; i < rows.size(); ++i) {
                const QRectF row(kMargin, y, width, rowH);
                p.fillRect(QRectF(kMargin, y, labelW, rowH), tint(accent, i % 2 ? 0.10 : 0.16));
                if (i % 2 == 0)
                    p.fillRect(QRectF(kMargin + labelW, y, width - labelW, rowH), printpalette::zebra);
                p.setPen(printpalette::inkMuted);
                p.setFont(font(9, true));
                p.drawText(QRectF(kMargin + 8, y, labelW - 12, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                           rows[i].first);
                p.setPen(printpalette::ink);
                p.setFont(font(11));
                p.drawText(QRectF(kMargin + labelW + 10, y, width - labelW - 14, rowH),
                           Qt::AlignLeft | Qt::AlignVCenter, rows[i].second);
                p.setPen(QPen(printpalette::rule, 0.5));
                p.drawLine(row.bottomLeft(), row.bottomRight());
                y += rowH;
            }
            p.setPen(QPen(accent, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(kMargin, y - rowH * rows.size(), width, rowH * rows.size()));
            y += 26;
            p.setPen(printpalette::inkMuted);
            y += paragraph(p, QRectF(kMargin, y, width, 200), closingText(d), serif(9.5, false, true)) + 10;
        }

        // Signature block.
        y = qMax(y + 40, 600.0);
        p.setFont(serif(20, false, true));
        p.setPen(printpalette::signatureInk);
        p.drawText(QRectF(kMargin, y - 30, 320, 28), Qt::AlignLeft | Qt::AlignBottom,
                   QFontMetricsF(p.font()).elidedText(d.signatory, Qt::ElideRight, 320));
        p.setPen(QPen(printpalette::ink, 0.8));
        p.drawLine(QPointF(kMargin, y + 2), QPointF(kMargin + 260, y + 2));
        p.setFont(font(9));
        p.drawText(QRectF(kMargin, y + 6, 300, 14), Qt::AlignLeft, d.signatory);
        p.drawText(QRectF(kMargin, y + 20, 300, 14), Qt::AlignLeft,
                   !d.signatoryTitle.isEmpty() ? d.signatoryTitle
                   : d.kind == CertificateData::Kind::Employment
                       ? say(d, QT_TRANSLATE_NOOP("Paper", "Owner")) + QStringLiteral(", ") + d.issuerName
                       : say(d, QT_TRANSLATE_NOOP("Paper", "Authorized representative")));

        // Footer.
        p.setPen(QPen(tint(accent, 0.5), 0.8));
        p.drawLine(QPointF(kMargin, kPageH - 54), QPointF(kPageW - kMargin, kPageH - 54));
        p.setPen(printpalette::inkMuted);
        p.setFont(font(8));
        p.drawText(QRectF(kMargin, kPageH - 50, width, 14), Qt::AlignLeft,
                   say(d, QT_TRANSLATE_NOOP("Paper", "Reference")) + QStringLiteral(" ") + d.reference);
        p.drawText(QRectF(kMargin, kPageH - 50, width, 14), Qt::AlignRight,
                   say(d, QT_TRANSLATE_NOOP("Paper", "Page 1 of 1")));
        p.end();
    }
    // Qt stamps the wall-clock creation date into the Info dictionary; replace it (same length, so
    // the cross-reference offsets stay valid) to make the output reproducible.
    const qsizetype at = bytes.indexOf("/CreationDate (D:");
    if (at >= 0) {
        const qsizetype start = at + int(sizeof("/CreationDate (D:")) - 1;
        const qsizetype end = bytes.indexOf(')', start);
        const QDate stamp = d.issuedOn.isValid() ? d.issuedOn : d.effectiveDate;
        QByteArray fixed =
            (stamp.isValid() ? stamp : QDate(2000, 1, 1)).toString(u"yyyyMMdd").toLatin1() + "120000Z";
        if (end > start && fixed.size() <= end - start)
            bytes.replace(start, end - start, fixed.leftJustified(end - start, ' '));
    }
    return bytes;
}

} // namespace adesk

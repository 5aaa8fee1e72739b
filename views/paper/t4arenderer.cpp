#include "views/paper/t4arenderer.h"

#include "models/common/money.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"
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

struct Text {
    const char *en;
    const char *fr;
};

const QHash<QByteArray, Text> &table() {
    static const QHash<QByteArray, Text> t = {
        {"slipTitle", {"T4A", "T4A"}},
        {"slipSubtitle",
         {"Statement of Pension, Retirement, Annuity, and Other Income",
          "État du revenu de pension, de retraite, de rente ou d'autres sources"}},
        {"year", {"Year", "Année"}},
        {"payer", {"Payer's name", "Nom du payeur"}},
        {"payerAccount", {"Payer's account number", "Numéro de compte du payeur"}},
        {"recipient", {"Recipient's name and address", "Nom et adresse du bénéficiaire"}},
        {"sin",
         {"Recipient's social insurance number (SIN)", "Numéro d'assurance sociale (NAS) du bénéficiaire"}},
        {"bn", {"Recipient's business number (BN)", "Numéro d'entreprise (NE) du bénéficiaire"}},
        {"recipientNumber", {"Recipient's number", "Numéro du bénéficiaire"}},
        {"box016", {"016 Pension or superannuation", "016 Prestations de retraite ou autres pensions"}},
        {"box018", {"018 Lump-sum payments", "018 Paiements forfaitaires"}},
        {"box020", {"020 Self-employed commissions", "020 Commissions d'un travail indépendant"}},
        {"box022", {"022 Income tax deducted", "022 Impôt sur le revenu retenu"}},
        {"box024", {"024 Annuities", "024 Rentes"}},
        {"box048", {"048 Fees for services", "048 Honoraires ou autres sommes pour services rendus"}},
        {"amended", {"AMENDED", "MODIFIÉ"}},
        {"cancelled", {"CANCELLED", "ANNULÉ"}},
        {"copy",
         {"Recipient's copy — keep for your records",
          "Copie du bénéficiaire — conservez-la pour vos dossiers"}},
        {"note048",
         {"Box 048 excludes GST/HST. Report these fees on your return as business or professional income.",
          "La case 048 exclut la TPS/TVH. Déclarez ces honoraires comme revenu d'entreprise ou de profession "
          "libérale."}},
        {"truncated",
         {"SIN truncated on the recipient's copy.", "NAS tronqué sur la copie du bénéficiaire."}},
        {"summaryTitle", {"T4A Summary", "Sommaire T4A"}},
        {"summarySubtitle",
         {"Summary of Pension, Retirement, Annuity, and Other Income",
          "Sommaire du revenu de pension, de retraite, de rente ou d'autres sources"}},
        {"slipCount", {"088 Total number of T4A slips filed", "088 Nombre total de feuillets T4A produits"}},
        {"total016", {"016 Pension or superannuation", "016 Prestations de retraite ou autres pensions"}},
        {"total018", {"018 Lump-sum payments", "018 Paiements forfaitaires"}},
        {"total020", {"020 Self-employed commissions", "020 Commissions d'un travail indépendant"}},
        {"total022", {"022 Income tax deducted", "022 Impôt sur le revenu retenu"}},
        {"total024", {"024 Annuities", "024 Rentes"}},
        {"total048", {"048 Fees for services", "048 Honoraires ou autres sommes pour services rendus"}},
        {"contact",
         {"Person to contact about this return",
          "Personne avec qui communiquer au sujet de cette déclaration"}},
        {"reportType", {"Report type", "Type de déclaration"}},
        {"original", {"Original", "Original"}},
        {"amendedReturn", {"Amended", "Modifiée"}},
        {"submission", {"Submission reference", "Référence de la transmission"}},
        {"deadline", {"Due date", "Date limite"}},
        {"cancelledNote",
         {"Cancelled slips are not included in the totals.",
          "Les feuillets annulés ne sont pas inclus dans les totaux."}},
    };
    return t;
}

QFont font(qreal pt, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferMatch);
    return f;
}

constexpr qreal kLeft = 40, kRight = 572;

void setup(QPdfWriter &w, const QString &title) {
    w.setResolution(72);
    w.setPageSize(QPageSize(QPageSize::Letter));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setTitle(title);
    w.setCreator(QStringLiteral("Auto Doctor Desk"));
}

void box(QPainter &p, const QRectF &r, const QString &label, const QString &value, bool emphasis = false) {
    p.setPen(QPen(printpalette::ink, 0.8));
    p.setBrush(emphasis ? printpalette::shade : printpalette::paper);
    p.drawRect(r);
    p.setFont(font(6.5));
    p.drawText(r.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    p.setFont(font(11, emphasis));
    p.drawText(r.adjusted(4, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom, value);
}

QString amount(qint64 cents, const QLocale &locale) {
    return cents < 0 ? QString() : Money::fromCents(cents).toString(locale);
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

} // namespace

QString T4ARenderer::text(const char *key, const QString &language) {
    const auto it = table().constFind(QByteArray(key));
    if (it == table().constEnd())
        return QString::fromLatin1(key);
    return QString::fromUtf8(language == u"fr" ? it->fr : it->en);
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

QByteArray T4ARenderer::renderSlip(const T4ASlipData &s, const T4APayer &payer, int taxYear) {
    const QString lang = s.french() ? QStringLiteral("fr") : QStringLiteral("en");
    const QLocale locale =
        s.french() ? QLocale(QLocale::French, QLocale::Canada) : QLocale(QLocale::English, QLocale::Canada);
    auto T = [&lang](const char *k) { return text(k, lang); };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setup(writer, QStringLiteral("T4A %1 %2").arg(taxYear).arg(s.recipientDisplay()));
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        qreal y = 40;
        p.setFont(font(22, true));
        p.drawText(QRectF(kLeft, y, 120, 30), Qt::AlignLeft | Qt::AlignVCenter, T("slipTitle"));
        p.setFont(font(9));
        p.drawText(QRectF(kLeft + 70, y, 330, 30), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   T("slipSubtitle"));
        box(p, QRectF(kRight - 110, y, 110, 34), T("year"), QString::number(taxYear), true);
        y += 44;
        if (s.reportType != ReportType::Original) {
            p.setPen(QPen(printpalette::alert, 1.5));
            p.setFont(font(14, true));
            p.drawText(QRectF(kLeft, y, kRight - kLeft, 22), Qt::AlignCenter,
                       s.reportType == ReportType::Cancelled ? T("cancelled") : T("amended"));
            y += 26;
        }
        // Payer
        box(p, QRectF(kLeft, y, 300, 56), T("payer"), QString());
        p.setFont(font(9.5));
        p.drawText(QRectF(kLeft + 6, y + 14, 290, 40), Qt::AlignLeft | Qt::AlignTop, payerName(payer));
        box(p, QRectF(kLeft + 310, y, kRight - kLeft - 310, 56), T("payerAccount"), payer.payerAccount);
        y += 66;
        // Recipient
        box(p, QRectF(kLeft, y, 300, 92), T("recipient"), QString());
        p.setFont(font(10, true));
        p.drawText(QRectF(kLeft + 6, y + 14, 290, 16), Qt::AlignLeft | Qt::AlignTop, s.recipientDisplay());
        p.setFont(font(9.5));
        p.drawText(QRectF(kLeft + 6, y + 31, 290, 60), Qt::AlignLeft | Qt::AlignTop,
                   addressBlock(s.addressLine1, s.addressLine2, s.city, s.province, s.postalCode));
        const qreal rx = kLeft + 310, rw = kRight - rx;
        if (s.recipientKind == RecipientKind::Business)
            box(p, QRectF(rx, y, rw, 28), T("bn"),
                s.bn.isEmpty() ? QString() : QStringLiteral("********* ") + s.bn.right(3));
        else
            box(p, QRectF(rx, y, rw, 28), T("sin"), s.sin.isEmpty() ? QString() : Sin::masked(s.sin));
        box(p, QRectF(rx, y + 32, rw, 28), T("recipientNumber"), s.key());
        y += 102;
        // Boxes: 048 emphasised, the others empty unless used.
        const qreal bw = (kRight - kLeft - 20) / 3.0, bh = 44;
        box(p, QRectF(kLeft, y, bw, bh), T("box016"), amount(s.box016Cents, locale));
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("box018"), amount(s.box018Cents, locale));
        box(p, QRectF(kLeft + 2 * (bw + 10), y, bw, bh), T("box020"), amount(s.box020Cents, locale));
        y += bh + 8;
        box(p, QRectF(kLeft, y, bw, bh), T("box022"), amount(s.box022Cents, locale));
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("box024"), amount(s.box024Cents, locale));
        box(p, QRectF(kLeft + 2 * (bw + 10), y, bw, bh), T("box048"), amount(s.box048Cents, locale), true);
        y += bh + 16;
        p.setPen(printpalette::ink);
        p.setFont(font(8));
        p.drawText(QRectF(kLeft, y, kRight - kLeft, 30), Qt::AlignLeft | Qt::TextWordWrap, T("note048"));
        y += 30;
        if (s.recipientKind != RecipientKind::Business && !s.sin.isEmpty())
            p.drawText(QRectF(kLeft, y, kRight - kLeft, 14), Qt::AlignLeft, T("truncated"));
        p.setFont(font(7.5));
        p.drawText(QRectF(kLeft, 740, kRight - kLeft, 14), Qt::AlignLeft, T("copy"));
    }
    buffer.close();
    return bytes;
}

QByteArray T4ARenderer::renderSummary(const T4AReturnData &d) {
    const QString lang = d.payer.language.compare(QStringLiteral("F"), Qt::CaseInsensitive) == 0
                             ? QStringLiteral("fr")
                             : QStringLiteral("en");
    const QLocale locale = lang == u"fr" ? QLocale(QLocale::French, QLocale::Canada)
                                         : QLocale(QLocale::English, QLocale::Canada);
    auto T = [&lang](const char *k) { return text(k, lang); };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setup(writer, QStringLiteral("%1 %2").arg(T("summaryTitle")).arg(d.taxYear));
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        qreal y = 40;
        p.setFont(font(20, true));
        p.drawText(QRectF(kLeft, y, 300, 30), Qt::AlignLeft | Qt::AlignVCenter, T("summaryTitle"));
        box(p, QRectF(kRight - 110, y, 110, 34), T("year"), QString::number(d.taxYear), true);
        y += 32;
        p.setFont(font(9));
        p.drawText(QRectF(kLeft, y, 420, 16), Qt::AlignLeft, T("summarySubtitle"));
        y += 26;
        box(p, QRectF(kLeft, y, 300, 70), T("payer"), QString());
        p.setFont(font(9.5));
        p.drawText(QRectF(kLeft + 6, y + 14, 290, 56), Qt::AlignLeft | Qt::AlignTop,
                   payerName(d.payer) + u'\n' +
                       addressBlock(d.payer.addressLine1, d.payer.addressLine2, d.payer.city,
                                    d.payer.province, d.payer.postalCode));
        const qreal rx = kLeft + 310, rw = kRight - rx;
        box(p, QRectF(rx, y, rw, 32), T("payerAccount"), d.payer.payerAccount);
        box(p, QRectF(rx, y + 38, rw, 32), T("reportType"),
            d.summaryReportType() == ReportType::Amended ? T("amendedReturn") : T("original"));
        y += 82;
        const qreal bw = (kRight - kLeft - 10) / 2.0, bh = 40;
        int cancelled = 0;
        for (const T4ASlipData &s : d.slips)
            cancelled += s.reportType == ReportType::Cancelled ? 1 : 0;
        box(p, QRectF(kLeft, y, bw, bh), T("slipCount"), locale.toString(qlonglong(d.slips.size())), true);
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("total048"),
            Money::fromCents(d.totalBox048Cents()).toString(locale), true);
        y += bh + 8;
        auto total = [&](qint64 T4ASlipData::*b) {
            const qint64 t = d.totalBoxCents(b);
            return t > 0 ? Money::fromCents(t).toString(locale) : QString();
        };
        box(p, QRectF(kLeft, y, bw, bh), T("total016"), total(&T4ASlipData::box016Cents));
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("total018"), total(&T4ASlipData::box018Cents));
        y += bh + 8;
        box(p, QRectF(kLeft, y, bw, bh), T("total020"), total(&T4ASlipData::box020Cents));
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("total022"), total(&T4ASlipData::box022Cents));
        y += bh + 8;
        box(p, QRectF(kLeft, y, bw, bh), T("total024"), total(&T4ASlipData::box024Cents));
        box(p, QRectF(kLeft + bw + 10, y, bw, bh), T("submission"), d.submissionRef);
        y += bh + 14;
        box(p, QRectF(kLeft, y, kRight - kLeft, 40), T("contact"),
            QStringLiteral("%1  (%2) %3%4  %5")
                .arg(d.payer.contactName, d.payer.contactAreaCode, d.payer.contactPhone,
                     d.payer.contactExtension.isEmpty() ? QString()
                                                        : QStringLiteral(" x") + d.payer.contactExtension,
                     d.payer.contactEmail));
        y += 52;
        p.setPen(printpalette::ink);
        p.setFont(font(8.5));
        p.drawText(QRectF(kLeft, y, kRight - kLeft, 14), Qt::AlignLeft,
                   T("deadline") + QStringLiteral(": ") +
                       locale.toString(T4ARules::filingDeadline(d.taxYear), QLocale::LongFormat));
        if (cancelled > 0)
            p.drawText(QRectF(kLeft, y + 16, kRight - kLeft, 14), Qt::AlignLeft, T("cancelledNote"));
    }
    buffer.close();
    return bytes;
}

} // namespace adesk

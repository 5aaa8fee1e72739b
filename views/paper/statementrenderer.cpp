#include "views/paper/statementrenderer.h"

#include "views/paper/cairopdfdocument.h"
#include "views/paper/paperfonts.h"
#include "views/paper/papertext.h"
#include "views/paper/printpalette.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <malloc.h>

namespace adesk {

namespace {

// The statement's strings by key; the text comes from the catalogue in the payee's language, not
// the UI's (PaperText).
const QHash<QByteArray, const char *> &strings() {
    static const QHash<QByteArray, const char *> table = {
        {"title", QT_TRANSLATE_NOOP("Paper", "Monthly statement")},
        {"period", QT_TRANSLATE_NOOP("Paper", "Period")},
        {"payee", QT_TRANSLATE_NOOP("Paper", "Payee")},
        {"mechanic", QT_TRANSLATE_NOOP("Paper", "Mechanic")},
        {"workshop", QT_TRANSLATE_NOOP("Paper", "Workshop")},
        {"account", QT_TRANSLATE_NOOP("Paper", "Account")},
        {"opening", QT_TRANSLATE_NOOP("Paper", "Opening balance")},
        {"earnings", QT_TRANSLATE_NOOP("Paper", "Net earnings this month")},
        {"payouts", QT_TRANSLATE_NOOP("Paper", "Payouts")},
        {"closing", QT_TRANSLATE_NOOP("Paper", "Closing balance")},
        {"events", QT_TRANSLATE_NOOP("Paper", "Events")},
        {"continued", QT_TRANSLATE_NOOP("Paper", "Events (continued)")},
        {"date", QT_TRANSLATE_NOOP("Paper", "Date")},
        {"event", QT_TRANSLATE_NOOP("Paper", "Event")},
        {"gross", QT_TRANSLATE_NOOP("Paper", "Gross")},
        {"fee", QT_TRANSLATE_NOOP("Paper", "Platform fee")},
        {"tax", QT_TRANSLATE_NOOP("Paper", "GST/HST")},
        // Quebec payees: GST and QST (TPS and TVQ), each with the platform's registration number.
        {"tax_qc", QT_TRANSLATE_NOOP("Paper", "GST+QST")},
        {"gst", QT_TRANSLATE_NOOP("Paper", "GST")},
        {"qst", QT_TRANSLATE_NOOP("Paper", "QST")},
        {"regno", QT_TRANSLATE_NOOP("Paper", "%1 No. %2")},
        {"share", QT_TRANSLATE_NOOP("Paper", "Share")},
        {"charges", QT_TRANSLATE_NOOP("Paper", "Rental/membership")},
        {"fee_short", QT_TRANSLATE_NOOP("Paper", "Fee")},
        {"charges_short", QT_TRANSLATE_NOOP("Paper", "Rent/memb.")},
        {"net", QT_TRANSLATE_NOOP("Paper", "Net")},
        {"total", QT_TRANSLATE_NOOP("Paper", "Total of the month")},
        {"noevents", QT_TRANSLATE_NOOP("Paper", "No events this month.")},
        {"nopayouts", QT_TRANSLATE_NOOP("Paper", "No payouts this month.")},
        {"reference", QT_TRANSLATE_NOOP("Paper", "Reference")},
        {"status", QT_TRANSLATE_NOOP("Paper", "Status")},
        {"amount", QT_TRANSLATE_NOOP("Paper", "Amount")},
        {"paid", QT_TRANSLATE_NOOP("Paper", "Paid")},
        {"failed", QT_TRANSLATE_NOOP("Paper", "Failed — will be paid again")},
        {"scheduled", QT_TRANSLATE_NOOP("Paper", "Scheduled")},
        {"ytd", QT_TRANSLATE_NOOP("Paper", "Year to date")},
        {"page", QT_TRANSLATE_NOOP("Paper", "Page %1 of %2")},
        {"session", QT_TRANSLATE_NOOP("Paper", "Session")},
        {"escalation", QT_TRANSLATE_NOOP("Paper", "Escalated repair")},
        {"bay_rental", QT_TRANSLATE_NOOP("Paper", "Bay rental")},
        {"membership", QT_TRANSLATE_NOOP("Paper", "Membership fee")},
        // Where each event's numbers come from (earnings_ledger.basis).
        {"src_fee", QT_TRANSLATE_NOOP("Paper", "Fee: %1")},
        {"src_share", QT_TRANSLATE_NOOP("Paper", "Share: %1")},
        {"src_charge", QT_TRANSLATE_NOOP("Paper", "Charge: %1")},
        {"src_both", QT_TRANSLATE_NOOP("Paper", "Fee and share: %1")},
        {"src_rule", QT_TRANSLATE_NOOP("Paper", "rule “%1”")},
        {"src_agreement", QT_TRANSLATE_NOOP("Paper", "Agreement #%1")},
        {"src_partnership", QT_TRANSLATE_NOOP("Paper", "Partnership #%1 commission")},
        {"src_rest", QT_TRANSLATE_NOOP("Paper", "remainder of the gross")},
        {"src_monthly", QT_TRANSLATE_NOOP("Paper", "monthly charge")},
        {"src_monthly_agreement", QT_TRANSLATE_NOOP("Paper", "monthly charge, Agreement #%1")},
        // What the event was (desk.sessions.session_type, desk.escalations.service_category).
        {"kind_chat", QT_TRANSLATE_NOOP("Paper", "Chat consultation")},
        {"kind_video", QT_TRANSLATE_NOOP("Paper", "Video consultation")},
        {"kind_upgraded_from_chat", QT_TRANSLATE_NOOP("Paper", "Chat continued on video")},
        {"kind_workshop_visit", QT_TRANSLATE_NOOP("Paper", "Workshop visit")},
        {"kind_brakes", QT_TRANSLATE_NOOP("Paper", "Brake repair")},
        {"kind_engine", QT_TRANSLATE_NOOP("Paper", "Engine repair")},
        {"kind_hvac", QT_TRANSLATE_NOOP("Paper", "Heating and A/C repair")},
        {"kind_diagnostics", QT_TRANSLATE_NOOP("Paper", "Diagnostics")},
        {"kind_repair", QT_TRANSLATE_NOOP("Paper", "Repair (%1)")},
        {"reversal", QT_TRANSLATE_NOOP("Paper", "Reversal: %1")},
        {"payout_ref", QT_TRANSLATE_NOOP("Paper", "Payout #%1")},
        {"reason", QT_TRANSLATE_NOOP("Paper", "Reason: %1")},
        // December: the year's fees against the T4A slip.
        {"t4a_title", QT_TRANSLATE_NOOP("Paper", "Your %1 T4A slip")},
        {"t4a_earned", QT_TRANSLATE_NOOP("Paper", "Fees earned in %1 (shares on your statements)")},
        {"t4a_next", QT_TRANSLATE_NOOP("Paper", "Less: earned in %1, paid in January %2")},
        {"t4a_failed", QT_TRANSLATE_NOOP("Paper", "Less: earned in %1, payout failed (will be paid again)")},
        {"t4a_unpaid", QT_TRANSLATE_NOOP("Paper", "Less: earned in %1, not paid yet")},
        {"t4a_prior", QT_TRANSLATE_NOOP("Paper", "Plus: earned in %1, paid in %2")},
        {"t4a_paid", QT_TRANSLATE_NOOP("Paper", "Fees paid to you in %1 (T4A box 048)")},
        {"t4a_slip",
         QT_TRANSLATE_NOOP("Paper", "Box 048 of your %1 T4A slip will show %2: fees paid to you in %1.")},
        {"t4a_noslip",
         QT_TRANSLATE_NOOP("Paper", "No T4A slip for %1: the fees paid to you in %1, %2, are $500 or less.")},
        {"note",
         QT_TRANSLATE_NOOP(
             "Paper",
             "GST/HST is charged on the platform fee at the rate of your province on the event's date and "
             "deducted from your payout. Amounts in Canadian dollars.")},
        {"note_qc",
         QT_TRANSLATE_NOOP(
             "Paper",
             "GST and QST are charged on the platform fee at the rates in force on the event's date and "
             "deducted from your payout. Amounts in Canadian dollars.")},
    };
    return table;
}

/// Points per device-independent point: fonts are resolved against the paint device's resolution,
/// while the renderer lays out in points (1/72 in) with the painter scaled to them. On a 72 dpi
/// QPdfWriter the factor is 1; on a 1200 dpi QPrinter (the print preview) a point-sized font would
/// otherwise come out 1200/72 times too large after the scaling.
thread_local qreal t_fontFactor = 1.0;

QFont font(qreal pt, bool bold = false) {
    // DejaVu Sans without its TrueType hinting (PaperFonts): Qt's PDF engine otherwise runs the
    // hinting of every glyph of every statement while it embeds the fonts.
    QFont f = PaperFonts::sans(pt * t_fontFactor, bold);
    // Latin text only (English, French): skip HarfBuzz shaping, the bulk of the rendering time.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferMatch | QFont::PreferNoShaping));
    f.setKerning(false);
    return f;
}

constexpr qreal kLeft = 40, kRight = 572, kTop = 40, kBottom = 752, kRow = 14;
// An event takes two lines: its numbers, then where they come from (smaller, muted).
constexpr qreal kEventRow = 20;
// Where the events table starts on the first page and on the next ones (below its header).
constexpr qreal kFirstEventsY = kTop + 64 + 80 + 16 + kRow, kNextEventsY = kTop + 22 + 16 + kRow;
/// Lines of the December block that reconciles the year's fees with the T4A slip.
int taxYearLines(const StatementData::TaxYear &t) {
    if (!t.loaded)
        return 0;
    return 2 + (t.paidNextJanuary.cents() != 0) + (t.failed.cents() != 0) + (t.unpaid.cents() != 0) +
           (t.priorPaid.cents() != 0);
}
/// Height of the December block: its title, its lines, the sentence about box 048.
qreal taxYearHeight(const StatementData::TaxYear &t) {
    return t.loaded ? 16 + taxYearLines(t) * kRow + 26 + 8 : 0;
}
/// Height of what follows the events on the last page: totals, payouts (a failed one has a second
/// line: its reason), year to date, the December block, the note.
qreal tailHeight(const StatementData &s) {
    qsizetype payoutLines = 0;
    for (const StatementData::Payout &po : s.payouts)
        payoutLines += po.status == PayoutStatus::Failed && !po.failureReason.isEmpty() ? 2 : 1;
    return 28 + 2 * kRow + 16 + qMax<qsizetype>(1, payoutLines) * kRow + 14 + 16 + 4 * kRow + 10 +
           taxYearHeight(s.taxYear) + 30;
}
// Columns of the events table: the date, the event, then six money columns laid out from the
// right edge, each as wide as its widest amount (bold totals included) plus a gap.
constexpr qreal kColDate = kLeft, kColEvent = kLeft + 56;
constexpr qreal kMoneyGap = 7, kMinMoneyWidth = 30, kMinEventWidth = 80;

} // namespace

QString StatementRenderer::text(const char *key, const QString &language) {
    const auto it = strings().constFind(QByteArray(key));
    if (it == strings().constEnd())
        return QString::fromLatin1(key);
    return PaperText::translate(language, *it);
}

QString StatementRenderer::sourceText(const StatementData::Event &e, const QString &language) {
    auto T = [&](const char *k) { return text(k, language); };
    auto one = [&](const LedgerSource &src) -> QString {
        if (!src.basis)
            return {};
        switch (*src.basis) {
        case SplitBasis::Rule: {
            // A French statement names the rule in French (never the English name).
            const QString name = language == u"fr" ? src.ruleNameFr : src.ruleName;
            return T("src_rule").arg(name.isEmpty() ? QStringLiteral("#%1").arg(src.ruleId) : name);
        }
        case SplitBasis::Agreement:
            return T("src_agreement").arg(src.agreementId);
        case SplitBasis::Partnership:
            return T("src_partnership").arg(src.partnershipId);
        case SplitBasis::Rest:
            return T("src_rest");
        case SplitBasis::Charge:
            return src.agreementId ? T("src_monthly_agreement").arg(src.agreementId) : T("src_monthly");
        }
        return {};
    };
    const QString fee = e.platformFee.cents() != 0 ? one(e.feeSource) : QString();
    const QString share = one(e.shareSource);
    if (!fee.isEmpty() && fee == share)
        return T("src_both").arg(fee);
    QStringList parts;
    if (!fee.isEmpty())
        parts << T("src_fee").arg(fee);
    if (!share.isEmpty())
        parts << T(e.shareSource.basis == SplitBasis::Charge ? "src_charge" : "src_share").arg(share);
    return parts.join(QStringLiteral(" · "));
}

QStringList StatementRenderer::registrations(const StatementData &s, const Platform &platform) {
    const QString lang = s.french() ? QStringLiteral("fr") : QStringLiteral("en");
    const QString gstHst = s.gstHstRegistration.isEmpty() ? platform.gstHstNumber : s.gstHstRegistration;
    const QString qst = s.qstRegistration.isEmpty() ? platform.qstNumber : s.qstRegistration;
    if (s.quebec())
        return {text("regno", lang).arg(text("gst", lang), gstHst),
                text("regno", lang).arg(text("qst", lang), qst)};
    return {text("regno", lang).arg(text("tax", lang), gstHst)};
}

int StatementRenderer::pageCount(const StatementData &s) {
    int pages = 1;
    qsizetype left = s.events.size();
    int capacity = kFirstPageRows;
    while (left > capacity) {
        left -= capacity;
        capacity = kNextPageRows;
        ++pages;
    }
    // The totals, payouts and year to date follow the last events, on a page of their own when
    // they do not fit under them.
    const qreal top = pages == 1 ? kFirstEventsY : kNextEventsY;
    if (top + qMax<qsizetype>(left, 1) * kEventRow + tailHeight(s) > kBottom)
        ++pages;
    return pages;
}

QString StatementRenderer::describe(const StatementData::Event &e, Party statementParty,
                                    const QString &language) {
    auto T = [&](const char *k) { return text(k, language); };
    QString what;
    switch (e.eventType) {
    case EventType::Session:
    case EventType::Escalation:
        if (e.kind.isEmpty()) {
            what = T(toCode(e.eventType).toLatin1().constData());
        } else {
            const QByteArray key = "kind_" + e.kind.toLatin1();
            if (strings().contains(key))
                what = T(key.constData());
            else if (e.eventType == EventType::Escalation)
                what = T("kind_repair").arg(e.kind);
            else
                what = T("session");
        }
        break;
    case EventType::BayRental:
    case EventType::Membership:
        what = T(toCode(e.eventType).toLatin1().constData());
        break;
    }
    // The other party: the mechanic on a workshop's statement, the workshop on a mechanic's.
    const QString other = statementParty == Party::Workshop ? e.mechanicName : e.workshopName;
    if (!other.isEmpty())
        what += QStringLiteral(" — ") + other;
    return e.reversal ? T("reversal").arg(what) : what;
}

void StatementRenderer::paint(QPainter &p, QPagedPaintDevice &writer, const StatementData &s,
                              const Platform &platform) {
    paint(
        p, writer, [&writer] { return writer.newPage(); }, s, platform);
}

void StatementRenderer::paint(QPainter &p, QPaintDevice &writer, const std::function<bool()> &nextPage,
                              const StatementData &s, const Platform &platform) {
    // Lay out in points whatever the device's resolution (72 dpi QPdfWriter, 1200 dpi printer).
    const qreal dpiX = writer.logicalDpiX(), dpiY = writer.logicalDpiY();
    p.save();
    p.scale(dpiX / 72.0, dpiY / 72.0);
    const qreal savedFactor = t_fontFactor;
    t_fontFactor = 72.0 / dpiY;
    struct Restore {
        QPainter &p;
        qreal factor;
        ~Restore() {
            t_fontFactor = factor;
            p.restore();
        }
    } restore{p, savedFactor};
    // Font metrics in points: the metrics of a font made by font() on this device.
    auto metrics = [&writer](const QFont &f) { return QFontMetricsF(f, &writer); };
    const QString lang = s.french() ? QStringLiteral("fr") : QStringLiteral("en");
    const QLocale locale(s.french() ? QLocale(QLocale::French, QLocale::Canada)
                                    : QLocale(QLocale::English, QLocale::Canada));
    auto T = [&](const char *k) { return text(k, lang); };
    auto money = [&](Money m) { return m.toString(locale); };
    const QStringList regs = registrations(s, platform);
    const char *taxKey = s.quebec() ? "tax_qc" : "tax";
    const int pages = pageCount(s);
    int page = 1;
    const QString monthName =
        locale.standaloneMonthName(s.month.month()) + u' ' + QString::number(s.month.year());

    auto footer = [&]() {
        p.setFont(font(7));
        p.setPen(printpalette::inkMuted);
        p.drawText(QRectF(kLeft, kBottom + 8, kRight - kLeft, 12), Qt::AlignLeft,
                   platform.name + QStringLiteral(" · ") + regs.join(QStringLiteral(" · ")) +
                       QStringLiteral(" · ") + s.payeeName);
        p.drawText(QRectF(kLeft, kBottom + 8, kRight - kLeft, 12), Qt::AlignRight,
                   T("page").arg(page).arg(pages));
        p.setPen(printpalette::ink);
    };
    // Money columns: right edges, from the widest amount of each (rows in the row font, the totals
    // in bold), so amounts never run into each other at any width, in either language.
    const QFont rowFont = font(7.5);
    const QFont boldRowFont = font(7.5, true);
    const QFont sourceFont = font(6);
    const char *headerKeys[] = {"gross", "fee_short", taxKey, "share", "charges_short", "net"};
    // The money cells' fonts: the row's, smaller when amounts too wide for the page would leave
    // the event column less than kMinEventWidth.
    QFont moneyFont = rowFont, boldMoneyFont = boldRowFont;
    qreal edges[6];
    qreal moneyLeft = kRight;
    for (qreal pt = 7.5;; pt -= 0.25) {
        moneyFont = font(pt);
        boldMoneyFont = font(pt, true);
        qreal widths[6];
        const QFontMetricsF rowFm = metrics(moneyFont), boldFm = metrics(boldMoneyFont);
        const StatementData::Totals &t = s.monthTotals;
        const Money totals[] = {t.gross, t.platformFee, t.gstHst + t.qst, t.share, t.charges, t.net};
        for (int c = 0; c < 6; ++c)
            widths[c] = qMax(kMinMoneyWidth * pt / 7.5, qMax(boldFm.horizontalAdvance(T(headerKeys[c])),
                                                             boldFm.horizontalAdvance(money(totals[c]))));
        for (const StatementData::Event &e : s.events) {
            const Money cells[] = {e.gross, e.platformFee, e.taxes(), e.share, e.charges, e.net()};
            for (int c = 0; c < 6; ++c)
                widths[c] = qMax(widths[c], rowFm.horizontalAdvance(money(cells[c])));
        }
        moneyLeft = kRight;
        for (int c = 5; c >= 0; --c) {
            edges[c] = moneyLeft;
            moneyLeft -= widths[c] + kMoneyGap;
        }
        if (moneyLeft >= kColEvent + kMinEventWidth || pt <= 3)
            break;
    }
    auto cellRect = [&](int c, qreal y, qreal h) {
        const qreal left = c == 0 ? moneyLeft : edges[c - 1];
        return QRectF(left, y, edges[c] - left - 2, h);
    };

    auto tableHeader = [&](qreal y) {
        p.setFont(font(7.5, true));
        p.fillRect(QRectF(kLeft, y, kRight - kLeft, kRow), printpalette::shade);
        p.drawText(QRectF(kColDate + 2, y, kColEvent - kColDate - 2, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                   T("date"));
        p.drawText(QRectF(kColEvent, y, moneyLeft - kColEvent, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                   T("event"));
        p.setFont(boldMoneyFont);
        for (int i = 0; i < 6; ++i)
            p.drawText(cellRect(i, y, kRow), Qt::AlignVCenter | Qt::AlignRight, T(headerKeys[i]));
        return y + kRow;
    };
    auto newPage = [&]() {
        footer();
        nextPage();
        ++page;
        p.setFont(font(9, true));
        p.drawText(QRectF(kLeft, kTop, kRight - kLeft, 14), Qt::AlignLeft,
                   s.payeeName + QStringLiteral(" — ") + T("title") + QStringLiteral(" — ") + monthName);
        return kTop + 22;
    };

    // Letterhead.
    p.setFont(font(16, true));
    p.setPen(printpalette::heading);
    p.drawText(QRectF(kLeft, kTop, 300, 22), Qt::AlignLeft, platform.name);
    p.setPen(printpalette::ink);
    p.setFont(font(8));
    p.drawText(QRectF(kLeft, kTop + 22, 320, 11), Qt::AlignLeft, platform.address);
    p.drawText(QRectF(kLeft, kTop + 33, 420, 11), Qt::AlignLeft,
               regs.join(QStringLiteral(" · ")) + QStringLiteral(" · ") + platform.email);
    p.setFont(font(14, true));
    p.drawText(QRectF(330, kTop, kRight - 330, 20), Qt::AlignRight, T("title"));
    p.setFont(font(10));
    p.drawText(QRectF(330, kTop + 22, kRight - 330, 14), Qt::AlignRight,
               T("period") + QStringLiteral(" : ").mid(lang == u"fr" ? 0 : 1) + monthName);

    // Payee block.
    qreal y = kTop + 64;
    p.setFont(font(8, true));
    p.drawText(QRectF(kLeft, y, 250, 11), Qt::AlignLeft,
               T("payee") + QStringLiteral(" — ") + T(s.party == Party::Workshop ? "workshop" : "mechanic"));
    p.setFont(font(10, true));
    p.drawText(QRectF(kLeft, y + 12, 300, 14), Qt::AlignLeft, s.payeeName);
    p.setFont(font(9));
    qreal py = y + 27;
    if (!s.addressLine.isEmpty()) {
        p.drawText(QRectF(kLeft, py, 300, 12), Qt::AlignLeft, s.addressLine);
        py += 12;
    }
    p.drawText(QRectF(kLeft, py, 300, 12), Qt::AlignLeft,
               QStringList{s.city, s.province, s.postalCode}.join(u' ').simplified());
    p.drawText(QRectF(kLeft, py + 12, 300, 12), Qt::AlignLeft, T("account") + QStringLiteral(" ") + s.key());

    // Summary box.
    const QRectF box(340, y, kRight - 340, 62);
    p.setPen(printpalette::heading);
    p.drawRect(box);
    p.setPen(printpalette::ink);
    const QList<QPair<QString, Money>> summary = {
        {T("opening"), s.openingBalance},
        {T("earnings"), s.monthTotals.net},
        {T("payouts"), Money::fromCents(-s.monthTotals.paid.cents())},
        {T("closing"), s.closingBalance}};
    for (int i = 0; i < summary.size(); ++i) {
        p.setFont(font(8.5, i == 3));
        const QRectF r(box.left() + 6, box.top() + 4 + i * 14, box.width() - 12, 14);
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, summary[i].first);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, money(summary[i].second));
    }

    // Events.
    y += 80;
    p.setFont(font(10, true));
    p.drawText(QRectF(kLeft, y, 300, 14), Qt::AlignLeft, T("events"));
    y = tableHeader(y + 16);
    int onPage = 0;
    int capacity = kFirstPageRows;
    p.setFont(rowFont);
    if (s.events.isEmpty()) {
        p.drawText(QRectF(kLeft + 2, y, 300, kRow), Qt::AlignVCenter, T("noevents"));
        y += kRow;
    }
    for (int i = 0; i < s.events.size(); ++i) {
        if (onPage == capacity) {
            y = newPage();
            p.setFont(font(10, true));
            p.drawText(QRectF(kLeft, y, 300, 14), Qt::AlignLeft, T("continued"));
            y = tableHeader(y + 16);
            onPage = 0;
            capacity = kNextPageRows;
            p.setFont(rowFont);
        }
        const StatementData::Event &e = s.events[i];
        if (i % 2)
            p.fillRect(QRectF(kLeft, y, kRight - kLeft, kEventRow), printpalette::zebra);
        p.drawText(QRectF(kColDate + 2, y, kColEvent - kColDate - 2, kRow - 1), Qt::AlignVCenter,
                   e.date.toString(Qt::ISODate));
        {
            const QRectF r(kColEvent, y, moneyLeft - kColEvent - kMoneyGap, kRow - 1);
            p.drawText(r, Qt::AlignVCenter,
                       metrics(rowFont).elidedText(describe(e, s.party, lang), Qt::ElideRight, r.width()));
        }
        const Money cells[] = {e.gross, e.platformFee, e.taxes(), e.share, e.charges, e.net()};
        p.setFont(moneyFont);
        for (int c = 0; c < 6; ++c) {
            // Blank: a zero fee, tax, share or charge, and the gross of a charge (it has none).
            const bool blank = c != 5 && cells[c].cents() == 0 && (c != 0 || e.chargeEvent());
            p.drawText(cellRect(c, y, kRow - 1), Qt::AlignVCenter | Qt::AlignRight,
                       blank ? QString() : money(cells[c]));
        }
        // Under them: the event's number and where the numbers come from.
        QString source = sourceText(e, lang);
        source = QStringLiteral("#%1").arg(e.eventId) +
                 (source.isEmpty() ? QString() : QStringLiteral(" · ") + source);
        {
            p.setFont(sourceFont);
            p.setPen(printpalette::inkMuted);
            const QRectF r(kColEvent, y + kRow - 3, kRight - kColEvent - 2, kEventRow - kRow + 3);
            p.drawText(r, Qt::AlignTop | Qt::AlignLeft,
                       metrics(sourceFont).elidedText(source, Qt::ElideRight, r.width()));
            p.setPen(printpalette::ink);
            p.setFont(rowFont);
        }
        y += kEventRow;
        ++onPage;
    }
    // Totals row: on a page of its own with what follows when pageCount() says they do not fit.
    if (page < pages)
        y = newPage();
    p.setPen(printpalette::ink);
    p.drawLine(QPointF(kLeft, y), QPointF(kRight, y));
    p.setFont(boldRowFont);
    p.drawText(QRectF(kColDate + 2, y, moneyLeft - kColDate - 2 - kMoneyGap, kRow), Qt::AlignVCenter,
               T("total"));
    {
        const StatementData::Totals &t = s.monthTotals;
        const Money cells[] = {t.gross, t.platformFee, t.gstHst + t.qst, t.share, t.charges, t.net};
        p.setFont(boldMoneyFont);
        for (int c = 0; c < 6; ++c)
            p.drawText(cellRect(c, y, kRow), Qt::AlignVCenter | Qt::AlignRight, money(cells[c]));
    }
    y += kRow;
    // The taxes of the month, each with the platform's registration number (a Quebec payee: GST and
    // QST), their amounts under the tax column.
    {
        p.setFont(rowFont);
        const QList<Money> amounts = s.quebec() ? QList<Money>{s.monthTotals.gstHst, s.monthTotals.qst}
                                                : QList<Money>{s.monthTotals.gstHst};
        for (int i = 0; i < regs.size(); ++i) {
            p.drawText(QRectF(kColDate + 2, y, edges[1] - kColDate - 2, kRow), Qt::AlignVCenter, regs[i]);
            p.setFont(moneyFont);
            p.drawText(cellRect(2, y, kRow), Qt::AlignVCenter | Qt::AlignRight, money(amounts.value(i)));
            p.setFont(rowFont);
            y += kRow;
        }
        y += 2 * kRow - regs.size() * kRow;
    }
    y += 14;

    // Payouts.
    p.setFont(font(10, true));
    p.drawText(QRectF(kLeft, y, 300, 14), Qt::AlignLeft, T("payouts"));
    y += 16;
    p.setFont(font(8));
    if (s.payouts.isEmpty()) {
        p.drawText(QRectF(kLeft + 2, y, 300, kRow), Qt::AlignVCenter, T("nopayouts"));
        y += kRow;
    }
    for (const StatementData::Payout &po : s.payouts) {
        p.drawText(QRectF(kLeft + 2, y, 70, kRow), Qt::AlignVCenter, po.date.toString(Qt::ISODate));
        p.drawText(QRectF(kLeft + 72, y, 170, kRow), Qt::AlignVCenter,
                   po.reference.isEmpty() ? T("payout_ref").arg(po.id) : po.reference);
        p.drawText(QRectF(kLeft + 245, y, 180, kRow), Qt::AlignVCenter,
                   T(toCode(po.status).toLatin1().constData()));
        p.drawText(QRectF(430, y, kRight - 430, kRow), Qt::AlignVCenter | Qt::AlignRight, money(po.amount));
        y += kRow;
        if (po.status == PayoutStatus::Failed && !po.failureReason.isEmpty()) {
            const QRectF r(kLeft + 72, y, 430 - kLeft - 72, kRow);
            p.drawText(
                r, Qt::AlignVCenter,
                metrics(p.font()).elidedText(T("reason").arg(po.failureReason), Qt::ElideRight, r.width()));
            y += kRow;
        }
    }
    y += 14;

    // Year to date.
    p.setFont(font(10, true));
    p.drawText(QRectF(kLeft, y, 300, 14), Qt::AlignLeft,
               T("ytd") + QStringLiteral(" ") + QString::number(s.month.year()));
    y += 16;
    p.setFont(font(8));
    const StatementData::Totals &ytd = s.yearToDate;
    QList<QPair<QString, Money>> ytdRows = {{T("gross"), ytd.gross}, {T("fee"), ytd.platformFee}};
    if (s.quebec())
        ytdRows << qMakePair(T("gst"), ytd.gstHst) << qMakePair(T("qst"), ytd.qst);
    else
        ytdRows << qMakePair(T("tax"), ytd.gstHst);
    ytdRows << qMakePair(T("share"), ytd.share) << qMakePair(T("charges"), ytd.charges)
            << qMakePair(T("net"), ytd.net) << qMakePair(T("paid"), ytd.paid);
    for (int i = 0; i < ytdRows.size(); ++i) {
        const qreal x = kLeft + (i % 2) * 270;
        const QRectF r(x + 2, y + (i / 2) * kRow, 250, kRow);
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, ytdRows[i].first);
        p.drawText(r, Qt::AlignVCenter | Qt::AlignRight, money(ytdRows[i].second));
    }
    y += 4 * kRow + 10;

    // December: the year's fees against the T4A slip's box 048.
    if (s.taxYear.loaded) {
        const StatementData::TaxYear &t = s.taxYear;
        const QString year = QString::number(s.month.year());
        const QString next = QString::number(s.month.year() + 1);
        const QString prior = QString::number(s.month.year() - 1);
        p.setFont(font(10, true));
        p.drawText(QRectF(kLeft, y, 400, 14), Qt::AlignLeft, T("t4a_title").arg(year));
        y += 16;
        QList<QPair<QString, Money>> lines = {{T("t4a_earned").arg(year), t.earned}};
        if (t.paidNextJanuary.cents() != 0)
            lines.append({T("t4a_next").arg(year, next), Money::fromCents(-t.paidNextJanuary.cents())});
        if (t.failed.cents() != 0)
            lines.append({T("t4a_failed").arg(year), Money::fromCents(-t.failed.cents())});
        if (t.unpaid.cents() != 0)
            lines.append({T("t4a_unpaid").arg(year), Money::fromCents(-t.unpaid.cents())});
        if (t.priorPaid.cents() != 0)
            lines.append({T("t4a_prior").arg(prior, year), t.priorPaid});
        lines.append({T("t4a_paid").arg(year), t.paid});
        for (int i = 0; i < lines.size(); ++i) {
            const bool last = i == lines.size() - 1;
            p.setFont(font(8, last));
            const QRectF r(kLeft + 2, y, 400, kRow);
            if (last)
                p.drawLine(QPointF(r.right() - 90, y), QPointF(r.right(), y));
            p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, lines[i].first);
            p.drawText(r, Qt::AlignVCenter | Qt::AlignRight, money(lines[i].second));
            y += kRow;
        }
        p.setFont(font(8.5, true));
        p.drawText(QRectF(kLeft + 2, y + 2, kRight - kLeft - 2, 24), Qt::AlignLeft | Qt::TextWordWrap,
                   (t.slipDue ? T("t4a_slip") : T("t4a_noslip")).arg(year, money(t.paid)));
        y += 26 + 8;
    }

    p.setFont(font(7));
    p.setPen(printpalette::inkMuted);
    p.drawText(QRectF(kLeft, y, kRight - kLeft, 30), Qt::TextWordWrap, T(s.quebec() ? "note_qc" : "note"));
    p.setPen(printpalette::ink);
    while (page < pages) // keep the announced page count exact
        newPage();
    footer();
}

namespace {

// Qt's PDF engine allocates and frees a few 256 KiB blocks per font for every document (the
// ToUnicode map's reverse table) and grows its output buffers to the document's size; with glibc's
// default (dynamic) thresholds the heap's top was handed back to the kernel after each statement
// and faulted in again for the next one (page faults and brk, about a tenth of a batch). Keep up to
// 32 MiB of freed memory per arena and serve blocks under 4 MiB from it. Cairo's output grows the
// same way (the document's bytes, its streams before compression).
void tuneAllocator() {
    static const bool allocatorTuned = [] {
        mallopt(M_MMAP_THRESHOLD, 4 << 20);
        mallopt(M_TRIM_THRESHOLD, 32 << 20);
        return true;
    }();
    Q_UNUSED(allocatorTuned);
}

void setup(QPdfWriter &writer, const QString &title) {
    tuneAllocator();
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Auto Doctor Desk"));
}

void setup(CairoPdfDocument &document, const QString &title) {
    tuneAllocator();
    document.setTitle(title);
    document.setCreator(QStringLiteral("Auto Doctor Desk"));
}

QString titleOf(const StatementData &statement) {
    return statement.payeeName + QStringLiteral(" ") + statement.month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QByteArray StatementRenderer::render(const StatementData &statement, const Platform &platform,
                                     Writer writer) {
    return renderAll({statement}, platform, {}, writer, titleOf(statement));
}

QByteArray StatementRenderer::renderCombined(const QList<StatementData> &statements, const Platform &platform,
                                             const std::function<bool(int)> &keepGoing, Writer writer) {
    return renderAll(statements, platform, keepGoing, writer, QStringLiteral("Statements"));
}

QByteArray StatementRenderer::renderAll(const QList<StatementData> &statements, const Platform &platform,
                                        const std::function<bool(int)> &keepGoing, Writer writer,
                                        const QString &title) {
    // Every statement starts on a new page; paint() asks for the pages within one.
    auto paintAll = [&](QPainter &p, QPaintDevice &device, const std::function<bool()> &nextPage) {
        for (int i = 0; i < statements.size(); ++i) {
            if (keepGoing && !keepGoing(i))
                return false;
            if (i)
                nextPage();
            paint(p, device, nextPage, statements[i], platform);
        }
        return true;
    };
    if (writer == Writer::Cairo) {
        CairoPdfDocument document;
        setup(document, title);
        QPainter p(&document);
        const bool done = paintAll(p, document, [&document] { return document.newPage(); });
        p.end();
        return done ? document.finish() : QByteArray();
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        setup(pdf, title);
        QPainter p(&pdf);
        const bool done = paintAll(p, pdf, [&pdf] { return pdf.newPage(); });
        p.end();
        if (!done)
            return {};
    }
    return bytes;
}

} // namespace adesk

#include "views/paper/statementrenderer.h"

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

namespace adesk {

namespace {

// Explicit bilingual table: statements follow the payee's language, not the UI's.
struct Pair {
    const char *en;
    const char *fr;
};
const QHash<QByteArray, Pair> &strings() {
    static const QHash<QByteArray, Pair> table = {
        {"title", {"Monthly statement", "Relevé mensuel"}},
        {"period", {"Period", "Période"}},
        {"payee", {"Payee", "Bénéficiaire"}},
        {"mechanic", {"Mechanic", "Mécanicien"}},
        {"workshop", {"Workshop", "Atelier"}},
        {"account", {"Account", "Compte"}},
        {"opening", {"Opening balance", "Solde d'ouverture"}},
        {"earnings", {"Net earnings this month", "Gains nets du mois"}},
        {"payouts", {"Payouts", "Versements"}},
        {"closing", {"Closing balance", "Solde de clôture"}},
        {"events", {"Events", "Événements"}},
        {"continued", {"Events (continued)", "Événements (suite)"}},
        {"date", {"Date", "Date"}},
        {"event", {"Event", "Événement"}},
        {"gross", {"Gross", "Brut"}},
        {"fee", {"Platform fee", "Frais de plateforme"}},
        {"tax", {"GST/HST", "TPS/TVH"}},
        // Quebec payees: GST and QST (TPS and TVQ), each with the platform's registration number.
        {"tax_qc", {"GST+QST", "TPS+TVQ"}},
        {"gst", {"GST", "TPS"}},
        {"qst", {"QST", "TVQ"}},
        {"regno", {"%1 No. %2", "%1 nº %2"}},
        {"share", {"Share", "Part"}},
        {"charges", {"Rental/membership", "Location/adhésion"}},
        {"fee_short", {"Fee", "Frais"}},
        {"charges_short", {"Rent/memb.", "Loc./adh."}},
        {"net", {"Net", "Net"}},
        {"total", {"Total of the month", "Total du mois"}},
        {"noevents", {"No events this month.", "Aucun événement ce mois-ci."}},
        {"nopayouts", {"No payouts this month.", "Aucun versement ce mois-ci."}},
        {"reference", {"Reference", "Référence"}},
        {"status", {"Status", "Statut"}},
        {"amount", {"Amount", "Montant"}},
        {"paid", {"Paid", "Versé"}},
        {"failed", {"Failed — will be paid again", "Échoué — sera versé de nouveau"}},
        {"scheduled", {"Scheduled", "Prévu"}},
        {"ytd", {"Year to date", "Cumul annuel"}},
        {"page", {"Page %1 of %2", "Page %1 de %2"}},
        {"session", {"Session", "Séance"}},
        {"escalation", {"Escalated repair", "Réparation référée"}},
        {"bay_rental", {"Bay rental", "Location de baie"}},
        {"membership", {"Membership fee", "Frais d'adhésion"}},
        // Where each event's numbers come from (earnings_ledger.basis).
        {"src_fee", {"Fee: %1", "Frais : %1"}},
        {"src_share", {"Share: %1", "Part : %1"}},
        {"src_charge", {"Charge: %1", "Frais : %1"}},
        {"src_both", {"Fee and share: %1", "Frais et part : %1"}},
        {"src_rule", {"rule “%1”", "règle « %1 »"}},
        {"src_agreement", {"Agreement #%1", "entente nº %1"}},
        {"src_partnership", {"Partnership #%1 commission", "commission du partenariat nº %1"}},
        {"src_rest", {"remainder of the gross", "reste du montant brut"}},
        {"src_monthly", {"monthly charge", "frais mensuels"}},
        {"src_monthly_agreement", {"monthly charge, Agreement #%1", "frais mensuels, entente nº %1"}},
        {"note",
         {"GST/HST is charged on the platform fee at the rate of your province on the event's date and "
          "deducted from your payout. Amounts in Canadian dollars.",
          "La TPS/TVH est perçue sur les frais de plateforme au taux de votre province à la date de "
          "l'événement et déduite de votre versement. Montants en dollars canadiens."}},
        {"note_qc",
         {"GST and QST are charged on the platform fee at the rates in force on the event's date and "
          "deducted from your payout. Amounts in Canadian dollars.",
          "La TPS et la TVQ sont perçues sur les frais de plateforme aux taux en vigueur à la date de "
          "l'événement et déduites de votre versement. Montants en dollars canadiens."}},
    };
    return table;
}

QFont font(qreal pt, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    // Latin text only (English, French): skip HarfBuzz shaping, the bulk of the rendering time.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferMatch | QFont::PreferNoShaping));
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting); // PDF output is scalable: no TrueType bytecode
    return f;
}

constexpr qreal kLeft = 40, kRight = 572, kTop = 40, kBottom = 752, kRow = 14;
// An event takes two lines: its numbers, then where they come from (smaller, muted).
constexpr qreal kEventRow = 20;
// Where the events table starts on the first page and on the next ones (below its header).
constexpr qreal kFirstEventsY = kTop + 64 + 80 + 16 + kRow, kNextEventsY = kTop + 22 + 16 + kRow;
/// Height of what follows the events on the last page: totals, payouts, year to date, the note.
qreal tailHeight(qsizetype payouts) {
    return 28 + 2 * kRow + 16 + qMax<qsizetype>(1, payouts) * kRow + 14 + 16 + 4 * kRow + 10 + 30;
}
// Columns of the events table: x of the right edge of each money column.
constexpr qreal kColDate = kLeft, kColEvent = kLeft + 62;
// The money columns start at kMoneyLeft; a month's totals (bold, five digits and more) need the
// share and rental columns' width.
constexpr qreal kMoneyLeft = 214;
constexpr qreal kMoneyEdges[] = {286, 338, 390, 452, 512, kRight};

} // namespace

QString StatementRenderer::text(const char *key, const QString &language) {
    const auto it = strings().constFind(QByteArray(key));
    if (it == strings().constEnd())
        return QString::fromLatin1(key);
    return QString::fromUtf8(language == u"fr" ? it->fr : it->en);
}

QString StatementRenderer::sourceText(const StatementData::Event &e, const QString &language) {
    auto T = [&](const char *k) { return text(k, language); };
    auto one = [&](const LedgerSource &src) -> QString {
        if (!src.basis)
            return {};
        switch (*src.basis) {
        case SplitBasis::Rule:
        {
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
    if (top + qMax<qsizetype>(left, 1) * kEventRow + tailHeight(s.payouts.size()) > kBottom)
        ++pages;
    return pages;
}

void StatementRenderer::paint(QPainter &p, QPagedPaintDevice &writer, const StatementData &s,
                              const Platform &platform) {
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
    auto tableHeader = [&](qreal y) {
        p.setFont(font(7.5, true));
        p.fillRect(QRectF(kLeft, y, kRight - kLeft, kRow), printpalette::shade);
        p.drawText(QRectF(kColDate + 2, y, 60, kRow), Qt::AlignVCenter | Qt::AlignLeft, T("date"));
        p.drawText(QRectF(kColEvent, y, kMoneyLeft - kColEvent, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                   T("event"));
        const char *keys[] = {"gross", "fee_short", taxKey, "share", "charges_short", "net"};
        qreal prev = kMoneyLeft;
        for (int i = 0; i < 6; ++i) {
            p.drawText(QRectF(prev, y, kMoneyEdges[i] - prev - 2, kRow), Qt::AlignVCenter | Qt::AlignRight,
                       T(keys[i]));
            prev = kMoneyEdges[i];
        }
        return y + kRow;
    };
    auto newPage = [&]() {
        footer();
        writer.newPage();
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
    const QFont rowFont = font(7.5);
    const QFont sourceFont = font(6);
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
        p.drawText(QRectF(kColDate + 2, y, 60, kRow - 1), Qt::AlignVCenter, e.date.toString(Qt::ISODate));
        p.drawText(QRectF(kColEvent, y, kMoneyLeft - kColEvent, kRow - 1), Qt::AlignVCenter,
                   T(toCode(e.eventType).toLatin1().constData()) + QStringLiteral(" #") +
                       QString::number(e.eventId));
        const Money cells[] = {e.gross, e.platformFee, e.taxes(), e.share, e.charges, e.net()};
        qreal prev = kMoneyLeft;
        for (int c = 0; c < 6; ++c) {
            const bool blank = c != 0 && c != 5 && cells[c].cents() == 0;
            p.drawText(QRectF(prev, y, kMoneyEdges[c] - prev - 2, kRow - 1),
                       Qt::AlignVCenter | Qt::AlignRight, blank ? QString() : money(cells[c]));
            prev = kMoneyEdges[c];
        }
        // Where the numbers come from, under them across the row.
        const QString source = sourceText(e, lang);
        if (!source.isEmpty()) {
            p.setFont(sourceFont);
            p.setPen(printpalette::inkMuted);
            const QRectF r(kColEvent, y + kRow - 3, kRight - kColEvent - 2, kEventRow - kRow + 3);
            p.drawText(r, Qt::AlignTop | Qt::AlignLeft,
                       QFontMetricsF(sourceFont).elidedText(source, Qt::ElideRight, r.width()));
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
    p.setFont(font(7.5, true));
    p.drawText(QRectF(kColDate + 2, y, 200, kRow), Qt::AlignVCenter, T("total"));
    {
        const StatementData::Totals &t = s.monthTotals;
        const Money cells[] = {t.gross, t.platformFee, t.gstHst + t.qst, t.share, t.charges, t.net};
        qreal prev = kMoneyLeft;
        for (int c = 0; c < 6; ++c) {
            p.drawText(QRectF(prev, y, kMoneyEdges[c] - prev - 2, kRow), Qt::AlignVCenter | Qt::AlignRight,
                       money(cells[c]));
            prev = kMoneyEdges[c];
        }
    }
    y += kRow;
    // The taxes of the month, each with the platform's registration number (a Quebec payee: GST and
    // QST), their amounts under the tax column.
    {
        p.setFont(font(7.5));
        const QList<Money> amounts = s.quebec() ? QList<Money>{s.monthTotals.gstHst, s.monthTotals.qst}
                                                : QList<Money>{s.monthTotals.gstHst};
        for (int i = 0; i < regs.size(); ++i) {
            p.drawText(QRectF(kColDate + 2, y, kMoneyEdges[1] - kColDate, kRow), Qt::AlignVCenter, regs[i]);
            p.drawText(QRectF(kMoneyEdges[1], y, kMoneyEdges[2] - kMoneyEdges[1] - 2, kRow),
                       Qt::AlignVCenter | Qt::AlignRight, money(amounts.value(i)));
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
        p.drawText(QRectF(kLeft + 72, y, 170, kRow), Qt::AlignVCenter, po.reference);
        p.drawText(QRectF(kLeft + 245, y, 180, kRow), Qt::AlignVCenter,
                   T(toCode(po.status).toLatin1().constData()));
        p.drawText(QRectF(430, y, kRight - 430, kRow), Qt::AlignVCenter | Qt::AlignRight, money(po.amount));
        y += kRow;
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
    p.setFont(font(7));
    p.setPen(printpalette::inkMuted);
    p.drawText(QRectF(kLeft, y, kRight - kLeft, 30), Qt::TextWordWrap, T(s.quebec() ? "note_qc" : "note"));
    p.setPen(printpalette::ink);
    while (page < pages) // keep the announced page count exact
        newPage();
    footer();
}

namespace {

void setup(QPdfWriter &writer, const QString &title) {
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Auto Doctor Desk"));
}

} // namespace

QByteArray StatementRenderer::render(const StatementData &statement, const Platform &platform) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setup(writer, statement.payeeName + QStringLiteral(" ") +
                          statement.month.toString(QStringLiteral("yyyy-MM")));
        QPainter p(&writer);
        paint(p, writer, statement, platform);
        p.end();
    }
    return bytes;
}

QByteArray StatementRenderer::renderCombined(const QList<StatementData> &statements, const Platform &platform,
                                             const std::function<bool(int)> &keepGoing) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setup(writer, QStringLiteral("Statements"));
        QPainter p(&writer);
        for (int i = 0; i < statements.size(); ++i) {
            if (keepGoing && !keepGoing(i)) {
                p.end();
                return {};
            }
            if (i)
                writer.newPage();
            paint(p, writer, statements[i], platform);
        }
        p.end();
    }
    return bytes;
}

} // namespace adesk

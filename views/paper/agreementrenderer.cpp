#include "views/paper/agreementrenderer.h"

#include "views/paper/papertext.h"

#include "models/common/basispoints.h"
#include "models/partnerships/programterms.h"
#include "views/paper/printpalette.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace adesk {

namespace {

// The agreement is written in its own language, not the interface's: its strings come from the
// catalogue through PaperText in that language.
class Say {
public:
    explicit Say(const QString &lang)
        : m_lang(lang)
        , m_fr(lang == u"fr")
        , m_locale(m_fr ? QLocale(QLocale::French, QLocale::Canada)
                        : QLocale(QLocale::English, QLocale::Canada)) {}
    QString operator()(const char *source) const { return PaperText::translate(m_lang, source); }
    QString money(qint64 cents) const { return Money::fromCents(cents).toString(m_locale); }
    QString pct(int bp) const { return BasisPoints(bp).toString(m_locale); }
    QString date(const QDate &d) const { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    QString when(const QDateTime &t) const {
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    }
    bool fr() const { return m_fr; }

private:
    QString m_lang;
    bool m_fr;
    QLocale m_locale;
};

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

/// A label and its value; every table gives its labels the same width (Qt's rich text honours the
/// attribute, not the style sheet's width), so the values line up from one section to the next.
QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td class='l' width='34%'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

} // namespace

QString AgreementRenderer::fileName(const AgreementRow &a, const QString &language) {
    const QString lang = language.isEmpty() ? a.language : language;
    return lang == u"fr" ? QStringLiteral("entente-partenariat-%1-fr.pdf").arg(a.id)
                         : QStringLiteral("partnership-agreement-%1-en.pdf").arg(a.id);
}

QString AgreementRenderer::html(const AgreementRow &a, const SplitExample &example, const QString &language) {
    const QString lang = language.isEmpty() ? a.language : language;
    const Say say(lang);
    const QJsonObject &t = a.terms;
    const QJsonObject w = t.value(u"workshop").toObject();
    const QJsonObject m = t.value(u"mechanic").toObject();
    const ProgramTerms terms = ProgramTerms::fromJson(t);
    // The program's own texts in the agreement's language: a French agreement takes the French name,
    // description and terms the owner wrote (agreements frozen before they existed keep the program's
    // only texts).
    auto inLanguage = [&](const QString &en, const QString &fr) {
        return say.fr() && !fr.trimmed().isEmpty() ? fr : en;
    };
    const QString programName = inLanguage(terms.name, terms.nameFr);
    const QString programDescription =
        say.fr() && !terms.nameFr.trimmed().isEmpty() ? terms.descriptionFr : terms.description;
    const QString programTerms = inLanguage(terms.termsHtml, terms.termsHtmlFr);

    QString typeText;
    switch (terms.type) {
    case ProgramTerms::Type::BayRental:
        typeText = say(QT_TRANSLATE_NOOP("Paper", "Bay rental"));
        break;
    case ProgramTerms::Type::RevenueShare:
        typeText = say(QT_TRANSLATE_NOOP("Paper", "Revenue share"));
        break;
    case ProgramTerms::Type::Membership:
        typeText = say(QT_TRANSLATE_NOOP("Paper", "Membership"));
        break;
    }

    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: %1; }"
                        "h1 { font-size: 17pt; color: %2; margin-bottom: 2px; }"
                        "h2 { font-size: 11.5pt; color: %2; margin-top: 14px; margin-bottom: 4px; }"
                        "td { padding: 2px 6px 2px 0; vertical-align: top; }"
                        "td.l { color: %3; }"
                        ".small { color: %3; font-size: 8pt; }"
                        "</style></head><body>")
             .arg(printpalette::css(printpalette::ink), printpalette::css(printpalette::heading),
                  printpalette::css(printpalette::inkMuted));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Partnership agreement"))));
    h += QStringLiteral("<p class='small'>%1 %2 · The Auto Doctor</p>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Agreement no."))))
             .arg(a.id);

    h += QStringLiteral("<h2>%1</h2><table width='100%'>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "The parties"))));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Workshop")),
             QStringLiteral("<b>%1</b><br>%2, %3 %4 %5")
                 .arg(esc(w.value(u"name").toString()), esc(w.value(u"address").toString()),
                      esc(w.value(u"city").toString()), esc(w.value(u"province").toString()),
                      esc(w.value(u"postal_code").toString())));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Mechanic")),
             QStringLiteral("<b>%1</b><br>%2 %3")
                 .arg(esc(m.value(u"name").toString()), esc(m.value(u"city").toString()),
                      esc(m.value(u"province").toString())));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "The program"))));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Program")), QStringLiteral("<b>%1</b>").arg(esc(programName)));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Type")), esc(typeText));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Version")),
             esc(QStringLiteral("%1 (%2 %3)")
                     .arg(t.value(u"version_no").toInt())
                     .arg(say(QT_TRANSLATE_NOOP("Paper", "in effect from")),
                          t.value(u"version_effective_from").toString())));
    if (!programDescription.isEmpty())
        h += row(say(QT_TRANSLATE_NOOP("Paper", "Description")), esc(programDescription));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Terms"))));
    if (terms.type == ProgramTerms::Type::BayRental) {
        if (terms.bayRateHourCents > 0)
            h += row(say(QT_TRANSLATE_NOOP("Paper", "Bay rental per hour")),
                     esc(say.money(terms.bayRateHourCents)));
        if (terms.bayRateDayCents > 0)
            h += row(say(QT_TRANSLATE_NOOP("Paper", "Bay rental per day")),
                     esc(say.money(terms.bayRateDayCents)));
        if (terms.bayRateMonthCents > 0)
            h += row(say(QT_TRANSLATE_NOOP("Paper", "Bay rental per month")),
                     esc(say.money(terms.bayRateMonthCents)));
    }
    if (terms.type == ProgramTerms::Type::Membership) {
        h += row(say(QT_TRANSLATE_NOOP("Paper", "Monthly membership fee")),
                 esc(say.money(terms.membershipFeeCents)));
        h += row(say(QT_TRANSLATE_NOOP("Paper", "Bay-hours included each month")),
                 QString::number(terms.includedBayHours));
        h += row(say(QT_TRANSLATE_NOOP("Paper", "Each additional bay-hour")),
                 esc(say.money(terms.overageRateHourCents)));
    }
    // Each share with the clause it comes from. The percentages are the database's split of these
    // frozen terms (the example's), the ones the ledger pays this agreement's jobs by.
    const bool split = !example.isEmpty();
    const int feeBp = split ? example.shareBp(Party::Platform) : terms.platformFeeBp;
    const int workshopBp = split ? example.shareBp(Party::Workshop) : terms.workshopShareBp;
    const int mechanicBp = split ? example.shareBp(Party::Mechanic) : terms.mechanicShareBp;
    const QString ofEach = say(QT_TRANSLATE_NOOP("Paper", "of each job's gross"));
    const QString versionDate = t.value(u"version_effective_from").toString();
    const QString feeClause =
        versionDate.isEmpty()
            ? say(QT_TRANSLATE_NOOP("Paper",
                                    "the workshop's platform fee when the program version was written"))
            : say(QT_TRANSLATE_NOOP("Paper", "the workshop's platform fee in force on %1")).arg(versionDate);
    const QString termsClause =
        say(QT_TRANSLATE_NOOP("Paper", "program terms, version %1")).arg(t.value(u"version_no").toInt());
    auto clause = [&](int bp, const QString &why) {
        return esc(QStringLiteral("%1 %2 (%3)").arg(say.pct(bp), ofEach, why));
    };
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Platform fee")), clause(feeBp, feeClause));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Workshop share")), clause(workshopBp, termsClause));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Mechanic share")), clause(mechanicBp, termsClause));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Revenue split: a worked example"))));
    h += QStringLiteral("<p>%1</p><table width='100%'>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "On a repair job billed")) + u' ' +
                      say.money(example.grossCents) + say(QT_TRANSLATE_NOOP("Paper", ":"))));
    // Who receives what, the clause it comes from (the Terms row above) and the amount.
    auto part = [&](const QString &who, const QString &clauseName, int bp, qint64 cents, bool bold) {
        const QString amount = esc(say.money(cents));
        return QStringLiteral("<tr><td class='l' width='34%'>%1</td><td width='46%'>%2</td>"
                              "<td align='right'>%3</td></tr>")
            .arg(esc(who),
                 esc(bp >= 0 ? QStringLiteral("%1%2 %3").arg(clauseName, say(QT_TRANSLATE_NOOP("Paper", ":")),
                                                             say.pct(bp))
                             : clauseName),
                 bold ? QStringLiteral("<b>%1</b>").arg(amount) : amount);
    };
    if (split) {
        h += part(say(QT_TRANSLATE_NOOP("Paper", "The Auto Doctor")),
                  say(QT_TRANSLATE_NOOP("Paper", "Platform fee")), example.shareBp(Party::Platform),
                  example.cents(Party::Platform), false);
        h += part(say(QT_TRANSLATE_NOOP("Paper", "The workshop receives")),
                  say(QT_TRANSLATE_NOOP("Paper", "Workshop share")), example.shareBp(Party::Workshop),
                  example.cents(Party::Workshop), false);
        h += part(say(QT_TRANSLATE_NOOP("Paper", "The mechanic receives")),
                  say(QT_TRANSLATE_NOOP("Paper", "Mechanic share")), example.shareBp(Party::Mechanic),
                  example.cents(Party::Mechanic), true);
    }
    if (terms.type == ProgramTerms::Type::BayRental && terms.bayRateHourCents > 0) {
        // Bay time is billed monthly from the bookings: hours × the hourly rate, at most the day rate.
        qint64 bay = terms.bayRateHourCents * 4;
        if (terms.bayRateDayCents > 0)
            bay = qMin(bay, terms.bayRateDayCents);
        h += part(say(QT_TRANSLATE_NOOP("Paper", "The mechanic pays")),
                  say(QT_TRANSLATE_NOOP("Paper", "Bay rental for a 4-hour job")), -1, bay, false);
    }
    if (terms.type == ProgramTerms::Type::Membership)
        h += part(say(QT_TRANSLATE_NOOP("Paper", "The mechanic pays")),
                  say(QT_TRANSLATE_NOOP("Paper", "Plus the monthly membership fee")), -1,
                  terms.membershipFeeCents, false);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Dates"))));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "Effective date")), esc(say.date(a.effectiveDate)));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "End date")),
             esc(a.endDate.isValid() ? say.date(a.endDate)
                                     : say(QT_TRANSLATE_NOOP("Paper", "none (until terminated)"))));
    h += QStringLiteral("</table>");

    if (!programTerms.trimmed().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Program terms"))));
        // The owner's rich text, as written (their language).
        QTextDocument inner;
        inner.setHtml(programTerms);
        h += QStringLiteral("<div>%1</div>")
                 .arg(inner.toHtml()
                          .section(QStringLiteral("<body"), 1)
                          .section(u'>', 1)
                          .section(QStringLiteral("</body>"), 0, 0));
    }

    h += QStringLiteral("<h2>%1</h2><table width='100%'>")
             .arg(esc(say(QT_TRANSLATE_NOOP("Paper", "Acceptance"))));
    const QString notYet = say(QT_TRANSLATE_NOOP("Paper", "not yet accepted"));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "For the workshop")),
             a.workshopAcceptedAt.isValid()
                 ? esc(QStringLiteral("%1 — %2").arg(a.workshopAcceptedBy, say.when(a.workshopAcceptedAt)))
                 : QStringLiteral("<i>%1</i>").arg(esc(notYet)));
    h += row(say(QT_TRANSLATE_NOOP("Paper", "For the mechanic")),
             a.mechanicAcceptedAt.isValid()
                 ? esc(QStringLiteral("%1 — %2").arg(a.mechanicAcceptedBy, say.when(a.mechanicAcceptedAt)))
                 : QStringLiteral("<i>%1</i>").arg(esc(notYet)));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class='small'>%1</p>")
             .arg(esc(say(QT_TRANSLATE_NOOP(
                 "Paper",
                 "Amounts in Canadian dollars. Shares are percentages of the amount billed for each "
                 "job; the parts are rounded so that they add up to the amount billed, to the cent."))));
    h += QStringLiteral("</body></html>");
    return h;
}

QByteArray AgreementRenderer::render(const AgreementRow &a, const SplitExample &example,
                                     const QString &language) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(54, 54, 54, 54), QPageLayout::Point));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Auto Doctor Desk"));
        writer.setTitle(PaperText::translate(language.isEmpty() ? a.language : language,
                                             QT_TRANSLATE_NOOP("Paper", "Partnership agreement %1"))
                            .arg(a.id));
        QTextDocument doc;
        doc.setHtml(html(a, example, language));
        doc.print(&writer);
    }
    return bytes;
}

} // namespace adesk

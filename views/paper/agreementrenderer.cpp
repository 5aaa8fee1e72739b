#include "views/paper/agreementrenderer.h"

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

// The agreement is written in its own language (like the generated certificates), so both wordings
// live here side by side rather than in the .ts files, which follow the interface language.
struct Words {
    const char *en;
    const char *fr;
};

class Say {
public:
    explicit Say(const QString &lang)
        : m_fr(lang == u"fr")
        , m_locale(m_fr ? QLocale(QLocale::French, QLocale::Canada)
                        : QLocale(QLocale::English, QLocale::Canada)) {}
    QString operator()(Words w) const { return QString::fromUtf8(m_fr ? w.fr : w.en); }
    QString money(qint64 cents) const { return Money::fromCents(cents).toString(m_locale); }
    QString pct(int bp) const { return BasisPoints(bp).toString(m_locale); }
    QString date(const QDate &d) const { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    QString when(const QDateTime &t) const {
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    }
    bool fr() const { return m_fr; }

private:
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
        typeText = say({"Bay rental", "Location de baie"});
        break;
    case ProgramTerms::Type::RevenueShare:
        typeText = say({"Revenue share", "Partage des revenus"});
        break;
    case ProgramTerms::Type::Membership:
        typeText = say({"Membership", "Abonnement"});
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
    h += QStringLiteral("<h1>%1</h1>").arg(esc(say({"Partnership agreement", "Entente de partenariat"})));
    h += QStringLiteral("<p class='small'>%1 %2 · The Auto Doctor</p>")
             .arg(esc(say({"Agreement no.", "Entente n\u00ba"})))
             .arg(a.id);

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say({"The parties", "Les parties"})));
    h += row(say({"Workshop", "Atelier"}),
             QStringLiteral("<b>%1</b><br>%2, %3 %4 %5")
                 .arg(esc(w.value(u"name").toString()), esc(w.value(u"address").toString()),
                      esc(w.value(u"city").toString()), esc(w.value(u"province").toString()),
                      esc(w.value(u"postal_code").toString())));
    h += row(say({"Mechanic", "Mécanicien(ne)"}),
             QStringLiteral("<b>%1</b><br>%2 %3")
                 .arg(esc(m.value(u"name").toString()), esc(m.value(u"city").toString()),
                      esc(m.value(u"province").toString())));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say({"The program", "Le programme"})));
    h += row(say({"Program", "Programme"}), QStringLiteral("<b>%1</b>").arg(esc(programName)));
    h += row(say({"Type", "Type"}), esc(typeText));
    h += row(say({"Version", "Version"}), esc(QStringLiteral("%1 (%2 %3)")
                                                  .arg(t.value(u"version_no").toInt())
                                                  .arg(say({"in effect from", "en vigueur depuis le"}),
                                                       t.value(u"version_effective_from").toString())));
    if (!programDescription.isEmpty())
        h += row(say({"Description", "Description"}), esc(programDescription));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say({"Terms", "Conditions"})));
    if (terms.type == ProgramTerms::Type::BayRental) {
        if (terms.bayRateHourCents > 0)
            h += row(say({"Bay rental per hour", "Location de baie à l'heure"}),
                     esc(say.money(terms.bayRateHourCents)));
        if (terms.bayRateDayCents > 0)
            h += row(say({"Bay rental per day", "Location de baie à la journée"}),
                     esc(say.money(terms.bayRateDayCents)));
        if (terms.bayRateMonthCents > 0)
            h += row(say({"Bay rental per month", "Location de baie au mois"}),
                     esc(say.money(terms.bayRateMonthCents)));
    }
    if (terms.type == ProgramTerms::Type::Membership) {
        h += row(say({"Monthly membership fee", "Frais d'abonnement mensuels"}),
                 esc(say.money(terms.membershipFeeCents)));
        h += row(say({"Bay-hours included each month", "Heures de baie incluses par mois"}),
                 QString::number(terms.includedBayHours));
        h += row(say({"Each additional bay-hour", "Chaque heure de baie supplémentaire"}),
                 esc(say.money(terms.overageRateHourCents)));
    }
    // Each share with the clause it comes from. The percentages are the database's split of these
    // frozen terms (the example's), the ones the ledger pays this agreement's jobs by.
    const bool split = !example.isEmpty();
    const int feeBp = split ? example.shareBp(Party::Platform) : terms.platformFeeBp;
    const int workshopBp = split ? example.shareBp(Party::Workshop) : terms.workshopShareBp;
    const int mechanicBp = split ? example.shareBp(Party::Mechanic) : terms.mechanicShareBp;
    const QString ofEach = say({"of each job's gross", "du montant brut de chaque travail"});
    const QString versionDate = t.value(u"version_effective_from").toString();
    const QString feeClause =
        versionDate.isEmpty()
            ? say({"the workshop's platform fee when the program version was written",
                   "les frais de plateforme de l'atelier à la rédaction de la version du programme"})
            : say({"the workshop's platform fee in force on %1",
                   "frais de plateforme de l'atelier en vigueur le %1"})
                  .arg(versionDate);
    const QString termsClause = say({"program terms, version %1", "conditions du programme, version %1"})
                                    .arg(t.value(u"version_no").toInt());
    auto clause = [&](int bp, const QString &why) {
        return esc(QStringLiteral("%1 %2 (%3)").arg(say.pct(bp), ofEach, why));
    };
    h += row(say({"Platform fee", "Frais de plateforme"}), clause(feeBp, feeClause));
    h += row(say({"Workshop share", "Part de l'atelier"}), clause(workshopBp, termsClause));
    h += row(say({"Mechanic share", "Part du mécanicien"}), clause(mechanicBp, termsClause));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(say({"Revenue split: a worked example", "Partage des revenus : exemple"})));
    h += QStringLiteral("<p>%1</p><table width='100%'>")
             .arg(esc(say({"On a repair job billed", "Sur une réparation facturée"}) + u' ' +
                      say.money(example.grossCents) + say({":", " :"})));
    // Who receives what, the clause it comes from (the Terms row above) and the amount.
    auto part = [&](const QString &who, const QString &clauseName, int bp, qint64 cents, bool bold) {
        const QString amount = esc(say.money(cents));
        return QStringLiteral("<tr><td class='l' width='34%'>%1</td><td width='46%'>%2</td>"
                              "<td align='right'>%3</td></tr>")
            .arg(esc(who),
                 esc(bp >= 0 ? QStringLiteral("%1%2 %3").arg(clauseName, say({":", " :"}), say.pct(bp))
                             : clauseName),
                 bold ? QStringLiteral("<b>%1</b>").arg(amount) : amount);
    };
    if (split) {
        h += part(say({"The Auto Doctor", "The Auto Doctor"}), say({"Platform fee", "Frais de plateforme"}),
                  example.shareBp(Party::Platform), example.cents(Party::Platform), false);
        h += part(say({"The workshop receives", "L'atelier reçoit"}),
                  say({"Workshop share", "Part de l'atelier"}), example.shareBp(Party::Workshop),
                  example.cents(Party::Workshop), false);
        h += part(say({"The mechanic receives", "Le mécanicien reçoit"}),
                  say({"Mechanic share", "Part du mécanicien"}), example.shareBp(Party::Mechanic),
                  example.cents(Party::Mechanic), true);
    }
    if (terms.type == ProgramTerms::Type::BayRental && terms.bayRateHourCents > 0) {
        // Bay time is billed monthly from the bookings: hours × the hourly rate, at most the day rate.
        qint64 bay = terms.bayRateHourCents * 4;
        if (terms.bayRateDayCents > 0)
            bay = qMin(bay, terms.bayRateDayCents);
        h += part(say({"The mechanic pays", "Le mécanicien paie"}),
                  say({"Bay rental for a 4-hour job", "Location de baie pour 4 heures"}), -1, bay, false);
    }
    if (terms.type == ProgramTerms::Type::Membership)
        h += part(say({"The mechanic pays", "Le mécanicien paie"}),
                  say({"Plus the monthly membership fee", "En plus des frais d'abonnement mensuels"}), -1,
                  terms.membershipFeeCents, false);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say({"Dates", "Dates"})));
    h += row(say({"Effective date", "Date d'entrée en vigueur"}), esc(say.date(a.effectiveDate)));
    h += row(say({"End date", "Date de fin"}),
             esc(a.endDate.isValid() ? say.date(a.endDate)
                                     : say({"none (until terminated)", "aucune (jusqu'à résiliation)"})));
    h += QStringLiteral("</table>");

    if (!programTerms.trimmed().isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(say({"Program terms", "Conditions du programme"})));
        // The owner's rich text, as written (their language).
        QTextDocument inner;
        inner.setHtml(programTerms);
        h += QStringLiteral("<div>%1</div>")
                 .arg(inner.toHtml()
                          .section(QStringLiteral("<body"), 1)
                          .section(u'>', 1)
                          .section(QStringLiteral("</body>"), 0, 0));
    }

    h += QStringLiteral("<h2>%1</h2><table width='100%'>").arg(esc(say({"Acceptance", "Acceptation"})));
    const QString notYet = say({"not yet accepted", "pas encore acceptée"});
    h += row(say({"For the workshop", "Pour l'atelier"}),
             a.workshopAcceptedAt.isValid()
                 ? esc(QStringLiteral("%1 — %2").arg(a.workshopAcceptedBy, say.when(a.workshopAcceptedAt)))
                 : QStringLiteral("<i>%1</i>").arg(esc(notYet)));
    h += row(say({"For the mechanic", "Pour le mécanicien"}),
             a.mechanicAcceptedAt.isValid()
                 ? esc(QStringLiteral("%1 — %2").arg(a.mechanicAcceptedBy, say.when(a.mechanicAcceptedAt)))
                 : QStringLiteral("<i>%1</i>").arg(esc(notYet)));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class='small'>%1</p>")
             .arg(esc(say(
                 {"Amounts in Canadian dollars. Shares are percentages of the amount billed for each job; "
                  "the parts are rounded so that they add up to the amount billed, to the cent.",
                  "Montants en dollars canadiens. Les parts sont des pourcentages du montant facturé pour "
                  "chaque travail; elles sont arrondies de façon à totaliser le montant facturé, au cent "
                  "près."})));
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
        writer.setTitle((language.isEmpty() ? a.language : language) == u"fr"
                            ? QStringLiteral("Entente de partenariat %1").arg(a.id)
                            : QStringLiteral("Partnership agreement %1").arg(a.id));
        QTextDocument doc;
        doc.setHtml(html(a, example, language));
        doc.print(&writer);
    }
    return bytes;
}

} // namespace adesk

#include "models/earnings/revenuesplit.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace adesk {

QList<qint64> RevenueSplit::allocate(qint64 total, const QList<Share> &shares) {
    __int128 sum = 0;
    for (const Share &s : shares) {
        Q_ASSERT(s.weight >= 0);
        sum += s.weight;
    }
    if (shares.isEmpty() || sum <= 0)
        return {};
    const bool negative = total < 0;
    const __int128 t = negative ? -static_cast<__int128>(total) : static_cast<__int128>(total);
    QList<qint64> out(shares.size());
    QList<__int128> rem(shares.size());
    __int128 given = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const __int128 p = t * shares[i].weight;
        out[i] = static_cast<qint64>(p / sum);
        rem[i] = p % sum;
        given += out[i];
    }
    qint64 left = static_cast<qint64>(t - given); // 0 <= left < shares.size()
    if (left > 0) {
        QList<qsizetype> order(shares.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            if (rem[a] != rem[b])
                return rem[a] > rem[b];
            return shares[a].key < shares[b].key; // stable tie-break by identity, not position
        });
        for (qsizetype k = 0; k < order.size() && left > 0; ++k, --left)
            ++out[order[k]];
    }
    if (negative)
        for (qint64 &v : out)
            v = -v;
    return out;
}

Money RevenueSplit::Split::total() const {
    Money m;
    for (const Line &l : lines)
        m += l.amount;
    return m;
}

Money RevenueSplit::Split::platformFee() const {
    Money m;
    for (const Line &l : lines)
        if (l.party == Party::Platform)
            m += l.amount;
    return m;
}

Money RevenueSplit::Split::gstHst() const {
    Money m;
    for (const Line &l : lines)
        m += l.gstHst;
    return m;
}

Money RevenueSplit::Split::amountOf(Entry entry) const {
    for (const Line &l : lines)
        if (l.entry == entry)
            return l.amount;
    return {};
}

namespace {

bool isPlatformFeeKind(const QString &kind) {
    static const QStringList kinds = {QStringLiteral("virtual"),         QStringLiteral("workshop"),
                                      QStringLiteral("independent"),     QStringLiteral("cross_workshop"),
                                      QStringLiteral("partnership_job"), QStringLiteral("bay_rental"),
                                      QStringLiteral("membership")};
    return kinds.contains(kind);
}

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::RevenueSplit", text);
}

} // namespace

std::optional<FeeRule> RevenueSplit::resolve(const QString &appliesTo, QDate date, qint64 workshopId,
                                             std::optional<BasisPoints> customFee) const {
    const bool allToo = isPlatformFeeKind(appliesTo);
    std::optional<FeeRule> best;
    auto better = [](const FeeRule &a, const FeeRule &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.effectiveFrom != b.effectiveFrom)
            return a.effectiveFrom > b.effectiveFrom;
        return a.id < b.id;
    };
    for (const FeeRule &r : m_rules) {
        if (r.appliesTo != appliesTo && !(allToo && r.appliesTo == u"all"))
            continue;
        if (!r.appliesOn(date))
            continue;
        if (r.workshopId != 0 && r.workshopId != workshopId)
            continue;
        if (!best || better(r, *best))
            best = r;
    }
    if (customFee && appliesTo == u"workshop") {
        FeeRule custom;
        custom.id = 0;
        custom.name = tr("Custom fee agreement");
        custom.appliesTo = appliesTo;
        custom.fee = *customFee;
        custom.priority = kCustomFeePriority;
        custom.workshopId = workshopId;
        if (!best || custom.priority > best->priority)
            best = custom;
    }
    return best;
}

std::optional<TaxRate> RevenueSplit::taxRate(const QString &province, QDate date) const {
    for (const TaxRate &r : m_rates)
        if (r.province == province && (!r.effectiveFrom.isValid() || date >= r.effectiveFrom) &&
            (!r.effectiveTo.isValid() || date < r.effectiveTo))
            return r;
    return std::nullopt;
}

RevenueSplit::Split RevenueSplit::split(const Event &e) const {
    Split out;
    if (e.gross.isNegative()) {
        out.error = tr("A negative amount cannot be split.");
        return out;
    }
    if (!e.date.isValid()) {
        out.error = tr("The event has no date.");
        return out;
    }

    struct Part {
        Line line;
        QString key;
        qint64 weight = 0;
        QString taxProvince; ///< platform fee: province of the party charged
    };
    QList<Part> parts;
    auto feePart = [&](const QString &kind, bool chargedToWorkshop, qint64 scale) -> std::optional<Part> {
        const auto rule =
            resolve(kind, e.date, e.workshopId, kind == u"workshop" ? e.workshopCustomFee : std::nullopt);
        if (!rule)
            return std::nullopt;
        Part p;
        p.key = QStringLiteral("0platform");
        p.weight = qint64(rule->fee.bp()) * scale;
        p.line.entry = Entry::PlatformFee;
        p.line.party = Party::Platform;
        p.line.shareBp = rule->fee.bp();
        p.line.ruleId = rule->id;
        p.line.ruleName = rule->name;
        if (chargedToWorkshop) {
            p.line.workshopId = e.workshopId;
            p.taxProvince = e.workshopProvince;
        } else {
            p.line.mechanicId = e.mechanicId;
            p.taxProvince = e.mechanicProvince.isEmpty() ? e.workshopProvince : e.mechanicProvince;
        }
        return p;
    };
    auto sharePart = [&](Entry entry, Party party, qint64 id, const QString &kind) -> std::optional<Part> {
        const auto rule = resolve(kind, e.date, e.workshopId);
        if (!rule)
            return std::nullopt;
        Part p;
        p.key = (party == Party::Workshop ? QStringLiteral("2workshop:") : QStringLiteral("3mechanic:")) +
                QString::number(id) + u':' + kind;
        p.weight = rule->fee.bp();
        p.line.entry = entry;
        p.line.party = party;
        (party == Party::Workshop ? p.line.workshopId : p.line.mechanicId) = id;
        p.line.shareBp = rule->fee.bp();
        p.line.ruleId = rule->id;
        p.line.ruleName = rule->name;
        return p;
    };
    auto restPart = [&](Entry entry, Party party, qint64 id, qint64 weight) {
        Part p;
        p.key = (party == Party::Workshop ? QStringLiteral("2workshop:") : QStringLiteral("3mechanic:")) +
                QString::number(id) + QStringLiteral(":rest");
        p.weight = weight;
        p.line.entry = entry;
        p.line.party = party;
        (party == Party::Workshop ? p.line.workshopId : p.line.mechanicId) = id;
        return p;
    };
    auto need = [&](qint64 id, const char *what) {
        if (id == 0 && out.error.isEmpty())
            out.error = tr(what);
        return id != 0;
    };

    const qint64 W = BasisPoints::kWhole;
    switch (e.scenario) {
    case Scenario::Virtual:
    case Scenario::Independent:
    case Scenario::BayRentalJob: {
        if (!need(e.mechanicId, "The event has no mechanic."))
            return out;
        const QString kind = e.scenario == Scenario::Virtual       ? QStringLiteral("virtual")
                             : e.scenario == Scenario::Independent ? QStringLiteral("independent")
                                                                   : QStringLiteral("partnership_job");
        qint64 used = 0;
        if (auto f = feePart(kind, false, 1)) {
            used = f->weight;
            parts << *f;
        }
        parts << restPart(Entry::MechanicShare, Party::Mechanic, e.mechanicId, W - used);
        break;
    }
    case Scenario::WorkshopMechanic: {
        if (!need(e.workshopId, "The event has no workshop."))
            return out;
        qint64 used = 0;
        if (auto f = feePart(QStringLiteral("workshop"), true, 1)) {
            used = f->weight;
            parts << *f;
        }
        parts << restPart(Entry::WorkshopShare, Party::Workshop, e.workshopId, W - used);
        break;
    }
    case Scenario::CrossWorkshop: {
        if (!need(e.mechanicId, "The event has no mechanic.") ||
            !need(e.referringWorkshopId, "A cross-workshop session needs its referring workshop."))
            return out;
        qint64 used = 0;
        if (auto f = feePart(QStringLiteral("cross_workshop"), false, 1)) {
            used += f->weight;
            parts << *f;
        }
        if (auto r = sharePart(Entry::ReferralFee, Party::Workshop, e.referringWorkshopId,
                               QStringLiteral("cross_workshop_referral"))) {
            used += r->weight;
            parts << *r;
        }
        parts << restPart(Entry::MechanicShare, Party::Mechanic, e.mechanicId, W - used);
        break;
    }
    case Scenario::EscalationReferral:
    case Scenario::QuoteCommission: {
        if (!need(e.mechanicId, "The event has no mechanic.") ||
            !need(e.workshopId, "The event has no workshop."))
            return out;
        const bool referral = e.scenario == Scenario::EscalationReferral;
        qint64 used = 0;
        if (auto r = sharePart(
                referral ? Entry::ReferralFee : Entry::Commission, Party::Mechanic, e.mechanicId,
                referral ? QStringLiteral("escalation_referral") : QStringLiteral("quote_commission"))) {
            used = r->weight;
            parts << *r;
        }
        parts << restPart(Entry::WorkshopShare, Party::Workshop, e.workshopId, W - used);
        break;
    }
    case Scenario::RevenueShareJob:
    case Scenario::MembershipJob: {
        if (!need(e.mechanicId, "The event has no mechanic.") ||
            !need(e.workshopId, "The event has no workshop."))
            return out;
        qint64 used = 0;
        if (auto f = feePart(QStringLiteral("partnership_job"), false, 1)) {
            used = f->weight;
            parts << *f;
        }
        if (!e.programWorkshopShare.isValidShare() || used + e.programWorkshopShare.bp() > W) {
            out.error = tr("The program's workshop share and the platform fee exceed 100 %.");
            return out;
        }
        Part ws = restPart(Entry::WorkshopShare, Party::Workshop, e.workshopId, e.programWorkshopShare.bp());
        ws.line.shareBp = e.programWorkshopShare.bp();
        parts << ws;
        parts << restPart(Entry::MechanicShare, Party::Mechanic, e.mechanicId,
                          W - used - e.programWorkshopShare.bp());
        break;
    }
    case Scenario::BayRentalCharge:
    case Scenario::MembershipFee: {
        if (!need(e.mechanicId, "The event has no mechanic.") ||
            !need(e.workshopId, "The event has no workshop."))
            return out;
        const bool rental = e.scenario == Scenario::BayRentalCharge;
        const Entry entry = rental ? Entry::BayRentalCharge : Entry::MembershipFee;
        // The mechanic pays the fixed fee; the workshop receives it, less a platform fee if a rule says so.
        Line payer;
        payer.entry = entry;
        payer.party = Party::Mechanic;
        payer.mechanicId = e.mechanicId;
        payer.amount = Money::fromCents(-e.gross.cents());
        out.lines << payer;
        qint64 used = 0;
        if (auto f = feePart(rental ? QStringLiteral("bay_rental") : QStringLiteral("membership"), true, 1)) {
            used = f->weight;
            parts << *f;
        }
        parts << restPart(entry, Party::Workshop, e.workshopId, W - used);
        break;
    }
    }
    if (!out.error.isEmpty())
        return out;
    for (const Part &p : parts)
        if (p.weight < 0) {
            out.error = tr("The shares of the rules exceed 100 %.");
            return out;
        }
    parts.erase(std::remove_if(parts.begin(), parts.end(), [](const Part &p) { return p.weight == 0; }),
                parts.end());

    QList<Share> shares;
    for (const Part &p : parts)
        shares << Share{p.key, p.weight};
    const QList<qint64> amounts = allocate(e.gross.cents(), shares);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Line l = parts[i].line;
        l.amount = Money::fromCents(amounts.value(i));
        if (l.entry == Entry::PlatformFee) {
            const QString province = parts[i].taxProvince;
            const auto rate = taxRate(province, e.date);
            if (!rate) {
                out.error =
                    province.isEmpty()
                        ? tr("The party charged the platform fee has no province for GST/HST.")
                        : tr("No GST/HST rate for %1 on %2.").arg(province, e.date.toString(Qt::ISODate));
                out.lines.clear();
                return out;
            }
            l.gstHst = rate->rate.of(l.amount);
            l.gstHstBp = rate->rate.bp();
            l.taxProvince = province;
        }
        out.lines << l;
    }
    return out;
}

QString RevenueSplit::scenarioName(Scenario s) {
    switch (s) {
    case Scenario::Virtual:
        return QStringLiteral("virtual");
    case Scenario::WorkshopMechanic:
        return QStringLiteral("workshop_mechanic");
    case Scenario::Independent:
        return QStringLiteral("independent");
    case Scenario::CrossWorkshop:
        return QStringLiteral("cross_workshop");
    case Scenario::EscalationReferral:
        return QStringLiteral("escalation_referral");
    case Scenario::QuoteCommission:
        return QStringLiteral("quote_commission");
    case Scenario::BayRentalJob:
        return QStringLiteral("bay_rental_job");
    case Scenario::RevenueShareJob:
        return QStringLiteral("revenue_share_job");
    case Scenario::MembershipJob:
        return QStringLiteral("membership_job");
    case Scenario::BayRentalCharge:
        return QStringLiteral("bay_rental_charge");
    case Scenario::MembershipFee:
        return QStringLiteral("membership_fee");
    }
    return {};
}

std::optional<RevenueSplit::Scenario> RevenueSplit::scenarioFromName(const QString &name) {
    for (int i = 0; i <= int(Scenario::MembershipFee); ++i)
        if (scenarioName(Scenario(i)) == name)
            return Scenario(i);
    return std::nullopt;
}

EventType RevenueSplit::eventTypeOf(Scenario s) {
    switch (s) {
    case Scenario::EscalationReferral:
    case Scenario::QuoteCommission:
        return EventType::Escalation;
    case Scenario::BayRentalCharge:
        return EventType::BayRental;
    case Scenario::MembershipFee:
        return EventType::Membership;
    default:
        return EventType::Session;
    }
}

QList<FeeRule> RevenueSplit::seedRules() {
    // Mirrors INSERT INTO desk.platform_fee_rules in resources/migrations/0005_earnings.sql.
    const QDate from(2020, 1, 1);
    auto rule = [&](qint64 id, const char *name, const char *kind, int bp, int priority) {
        FeeRule r;
        r.id = id;
        r.name = QString::fromUtf8(name);
        r.appliesTo = QString::fromLatin1(kind);
        r.fee = BasisPoints(bp);
        r.priority = priority;
        r.effectiveFrom = from;
        return r;
    };
    return {rule(1, "Virtual Consultation Fee", "virtual", 1500, 100),
            rule(2, "Workshop session platform fee", "workshop", 2000, 50),
            rule(3, "Independent mechanic platform fee", "independent", 2000, 50),
            rule(4, "Cross-workshop platform fee", "cross_workshop", 2000, 50),
            rule(5, "Cross-workshop referral", "cross_workshop_referral", 1000, 50),
            rule(6, "Escalation referral fee", "escalation_referral", 500, 50),
            rule(7, "Partnership quote commission", "quote_commission", 1500, 50),
            rule(8, "Partnership job platform fee", "partnership_job", 1500, 50)};
}

QList<TaxRate> RevenueSplit::seedRates() {
    // Mirrors INSERT INTO desk.gst_hst_rates in resources/migrations/0005_earnings.sql.
    auto rate = [](const char *p, const char *name, int bp, QDate from, QDate to = {}) {
        return TaxRate{QString::fromLatin1(p), QString::fromLatin1(name), BasisPoints(bp), from, to};
    };
    QList<TaxRate> out = {rate("NS", "HST", 1500, QDate(2010, 7, 1), QDate(2025, 4, 1)),
                          rate("NS", "HST", 1400, QDate(2025, 4, 1)),
                          rate("ON", "HST", 1300, QDate(2010, 7, 1)),
                          rate("NB", "HST", 1500, QDate(2016, 7, 1)),
                          rate("NL", "HST", 1500, QDate(2016, 7, 1)),
                          rate("PE", "HST", 1500, QDate(2016, 10, 1))};
    for (const char *p : {"AB", "BC", "MB", "QC", "SK", "NT", "NU", "YT"})
        out << rate(p, "GST", 500, QDate(2008, 1, 1));
    return out;
}

} // namespace adesk

#include "views/earnings/feeruledialog.h"

#include "models/earnings/feerulemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adesk {

namespace {

QString shortDate(QDate d) {
    return QLocale().toString(d, QLocale::ShortFormat);
}

/// "All workshops" or the workshop's name.
QString scopeOf(const FeeRuleRow &r) {
    return r.workshopId ? r.workshopName : FeeRuleDialog::tr("all workshops");
}

} // namespace

FeeRuleDialog::FeeRuleDialog(const FeeRuleRow &replaced, QWidget *parent)
    : QDialog(parent)
    , m_rule(replaced) {
    setWindowTitle(tr("New version of a platform fee"));
    const bool scheduled = replaced.effectiveFrom > FeeRuleModel::platformToday();
    build((scheduled ? tr("<b>%1</b><br>%2, %3: %4 from %5 (scheduled).")
                     : tr("<b>%1</b><br>%2, %3: %4 since %5."))
              .arg(replaced.name.toHtmlEscaped(), replaced.kind ? labelOf(*replaced.kind) : QString(),
                   scopeOf(replaced).toHtmlEscaped(), FeeRuleModel::percent(replaced.feeBp),
                   shortDate(replaced.effectiveFrom)));
    m_fee->setValue(replaced.feeBp / 100.0);
    applyEarliestDate();
    update();
}

FeeRuleDialog::FeeRuleDialog(const QList<Payee> &workshops, const FeeRuleModel *rules, QWidget *parent)
    : QDialog(parent)
    , m_custom(true)
    , m_rules(rules) {
    setWindowTitle(tr("Custom platform fee for a workshop"));
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("workshop"));
    m_workshop->setMinimumContentsLength(28);
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const Payee &w : workshops)
        if (w.party == Party::Workshop)
            m_workshop->addItem(w.name, w.id);
    build(tr("The fee on the sessions this workshop serves, instead of the general rule."));
    connect(m_workshop, &QComboBox::currentIndexChanged, this, [this] {
        if (const FeeRuleRow *r = replaced())
            m_fee->setValue(r->feeBp / 100.0);
        applyEarliestDate();
        update();
    });
    if (const FeeRuleRow *r = replaced())
        m_fee->setValue(r->feeBp / 100.0);
    applyEarliestDate();
    update();
}

void FeeRuleDialog::build(const QString &intro) {
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (m_workshop) {
        form->addRow(tr("&Workshop:"), m_workshop);
        m_current = new QLabel(this);
        m_current->setObjectName(QStringLiteral("currentCustomFee"));
        m_current->setWordWrap(true);
    }
    m_fee = new QDoubleSpinBox(this);
    m_fee->setObjectName(QStringLiteral("feePercent"));
    m_fee->setRange(0.0, 100.0);
    m_fee->setDecimals(2);
    m_fee->setSingleStep(0.5);
    m_fee->setSuffix(QStringLiteral("\u00a0%"));
    form->addRow(tr("Platform &fee:"), m_fee);

    // The database counts days on the platform's clock; it refuses a date before today.
    const QDate today = FeeRuleModel::platformToday();
    m_from = new QDateEdit(today.addDays(1), this);
    m_from->setObjectName(QStringLiteral("effectiveFrom"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(today);
    form->addRow(tr("Effective &from:"), m_from);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the fee changes (kept in the audit log)"));
    m_reason->setMinimumWidth(340);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    if (m_current)
        layout->addWidget(m_current); // below the form: a wrapped label inside it is clipped
    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setWordWrap(true);
    layout->addWidget(m_effect);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save the new version"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &FeeRuleDialog::update);
    connect(m_from, &QDateEdit::dateChanged, this, &FeeRuleDialog::update);
    connect(m_fee, &QDoubleSpinBox::valueChanged, this, &FeeRuleDialog::update);
}

void FeeRuleDialog::applyEarliestDate() {
    // Today at the earliest (the past is never edited), and after the start of the version being
    // replaced (it may be scheduled): the database refuses anything else.
    const QDate today = FeeRuleModel::platformToday();
    const FeeRuleRow *r = replaced();
    const QDate earliest = r && r->effectiveFrom >= today ? r->effectiveFrom.addDays(1) : today;
    const QDate wanted = std::max(m_from->date(), earliest);
    m_from->setMinimumDate(earliest);
    m_from->setDate(wanted);
}

const FeeRuleRow *FeeRuleDialog::replaced() const {
    if (!m_custom)
        return &m_rule;
    if (!m_rules || !m_workshop || m_workshop->currentIndex() < 0)
        return nullptr;
    return m_rules->openCustomFee(m_workshop->currentData().toLongLong());
}

FeeRuleChange FeeRuleDialog::change() const {
    FeeRuleChange c;
    const FeeRuleRow *r = replaced();
    c.replacesRuleId = r ? r->id : 0;
    if (m_custom) {
        c.kind = FeeKind::Workshop;
        c.workshopId = m_workshop->currentData().toLongLong();
    } else {
        c.kind = m_rule.kind.value_or(FeeKind::All);
        c.workshopId = m_rule.workshopId;
    }
    // Percent with two decimals to basis points: exact after rounding (20.5 % → 2050 bp).
    c.feeBp = qRound(m_fee->value() * 100.0);
    c.effectiveFrom = m_from->date();
    c.reason = m_reason->text().trimmed();
    return c;
}

void FeeRuleDialog::update() {
    const FeeRuleRow *r = replaced();
    const FeeRuleChange c = change();
    if (m_current) {
        const bool scheduled = r && r->effectiveFrom > FeeRuleModel::platformToday();
        m_current->setText(
            !r          ? tr("No custom fee yet: the general rules apply to this workshop.")
            : scheduled ? tr("Custom fee scheduled: %1 from %2 (rule “%3”).")
                              .arg(FeeRuleModel::percent(r->feeBp), shortDate(r->effectiveFrom), r->name)
                        : tr("Current custom fee: %1 since %2 (rule “%3”).")
                              .arg(FeeRuleModel::percent(r->feeBp), shortDate(r->effectiveFrom), r->name));
    }
    const QString from = shortDate(c.effectiveFrom);
    if (r && r->effectiveFrom >= c.effectiveFrom)
        m_effect->setText(
            tr("The new version must start after the current one (%1).").arg(shortDate(r->effectiveFrom)));
    else if (r && r->effectiveFrom > FeeRuleModel::platformToday())
        m_effect->setText(tr("From %1 the fee is %2; the version scheduled from %3 (%4) applies until %5.")
                              .arg(from, FeeRuleModel::percent(c.feeBp), shortDate(r->effectiveFrom),
                                   FeeRuleModel::percent(r->feeBp), shortDate(c.effectiveFrom.addDays(-1))));
    else if (r)
        m_effect->setText(tr("From %1 the fee is %2; the current version (%3) applies until %4. Past "
                             "events keep the fee of their date.")
                              .arg(from, FeeRuleModel::percent(c.feeBp), FeeRuleModel::percent(r->feeBp),
                                   shortDate(c.effectiveFrom.addDays(-1))));
    else
        m_effect->setText(tr("From %1 the fee on this workshop's sessions is %2.")
                              .arg(from, FeeRuleModel::percent(c.feeBp)));
    const bool ok = !c.reason.isEmpty() && (!m_custom || c.workshopId != 0) &&
                    !(r && r->effectiveFrom >= c.effectiveFrom);
    m_ok->setEnabled(ok);
    m_ok->setToolTip(c.reason.isEmpty() ? tr("Give the reason for the change first.") : QString());
}

} // namespace adesk

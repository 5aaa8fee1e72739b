#include "views/tax/taxprofileeditor.h"

#include "models/tax/businessnumber.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adesk {

TaxProfileEditor::TaxProfileEditor(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("taxProfileEditor"));
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select a payee"), this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    outer->addWidget(m_title);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Individual (SIN)"), int(RecipientKind::Individual));
    m_kind->addItem(tr("Business (BN)"), int(RecipientKind::Business));
    form->addRow(tr("Recipient"), m_kind);

    auto addField = [&](const QString &label, QWidget *w, const QString &name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        box->addWidget(w);
        auto *msg = new QLabel(this);
        msg->setObjectName(name + QStringLiteral("Message"));
        msg->setStyleSheet(QStringLiteral("color: #b3261e; font-size: 8pt;"));
        msg->setVisible(false);
        box->addWidget(msg);
        m_messages.insert(name, msg);
        form->addRow(label, box);
    };
    m_surname = line(QStringLiteral("surname"), T4ARules::kSurnameMax);
    addField(tr("Surname"), m_surname, QStringLiteral("surname"));
    m_given = line(QStringLiteral("givenName"), T4ARules::kGivenNameMax);
    addField(tr("Given name"), m_given, QStringLiteral("givenName"));
    m_initial = line(QStringLiteral("initial"), T4ARules::kInitialMax);
    addField(tr("Initial"), m_initial, QStringLiteral("initial"));
    m_business = line(QStringLiteral("businessName"), T4ARules::kBusinessNameLineMax);
    addField(tr("Business name"), m_business, QStringLiteral("businessName"));
    m_business2 = line(QStringLiteral("businessName2"), T4ARules::kBusinessNameLineMax);
    addField(tr("Business name (line 2)"), m_business2, QStringLiteral("businessName2"));

    auto *sinRow = new QWidget(this);
    auto *sinLayout = new QHBoxLayout(sinRow);
    sinLayout->setContentsMargins(0, 0, 0, 0);
    m_sin = line(QStringLiteral("sin"), 11);
    m_reveal = new QPushButton(tr("Reveal…"), this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Show the SIN and BN in clear. Every reveal is recorded in the audit log."));
    sinLayout->addWidget(m_sin, 1);
    sinLayout->addWidget(m_reveal);
    addField(tr("SIN"), sinRow, QStringLiteral("sin"));
    m_bn = line(QStringLiteral("bn"), 15);
    addField(tr("BN"), m_bn, QStringLiteral("bn"));
    m_address1 = line(QStringLiteral("address1"), T4ARules::kAddressLineMax);
    addField(tr("Address"), m_address1, QStringLiteral("address1"));
    m_address2 = line(QStringLiteral("address2"), T4ARules::kAddressLineMax);
    addField(tr("Address (line 2)"), m_address2, QStringLiteral("address2"));
    m_city = line(QStringLiteral("city"), T4ARules::kCityMax);
    addField(tr("City"), m_city, QStringLiteral("city"));
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("province"));
    m_province->addItem(QString(), QString());
    for (const char *p : {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})
        m_province->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    form->addRow(tr("Province"), m_province);
    m_postal = line(QStringLiteral("postalCode"), 7);
    addField(tr("Postal code"), m_postal, QStringLiteral("postalCode"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    form->addRow(tr("Slip language"), m_language);
    m_consent = new QCheckBox(tr("Consents to receive the slip electronically"), this);
    form->addRow(QString(), m_consent);

    m_save = new QPushButton(tr("Save profile"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setShortcut(QKeySequence::Save);
    outer->addWidget(m_save, 0, Qt::AlignRight);
    outer->addStretch(1);

    for (QLineEdit *e : {m_surname, m_given, m_initial, m_business, m_business2, m_sin, m_bn, m_address1,
                         m_address2, m_city, m_postal})
        connect(e, &QLineEdit::textChanged, this, &TaxProfileEditor::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaxProfileEditor::validate);
    connect(m_province, &QComboBox::currentIndexChanged, this, &TaxProfileEditor::validate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (problems().isEmpty())
            emit saveRequested(profile());
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_profile.id)
            emit revealRequested(m_profile.id);
    });
    clear();
}

QLineEdit *TaxProfileEditor::line(const QString &name, int maxHint) {
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    e->setProperty("craLimit", maxHint);
    return e;
}

void TaxProfileEditor::clear() {
    m_profile = TaxProfile{};
    m_loading = true;
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->clear();
    m_loading = false;
    m_title->setText(tr("Select a payee"));
    setEnabled(false);
}

void TaxProfileEditor::setProfile(const TaxProfile &p) {
    m_profile = p;
    m_revealed = false;
    m_loading = true;
    setEnabled(true);
    m_title->setText(p.payeeName.isEmpty() ? tr("Tax profile") : p.payeeName);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(p.recipientKind))));
    m_surname->setText(p.surname);
    m_given->setText(p.givenName);
    m_initial->setText(p.initial);
    m_business->setText(p.businessName);
    m_business2->setText(p.businessName2);
    m_sin->clear();
    m_sin->setPlaceholderText(p.sinMasked.isEmpty() ? tr("not on file") : p.sinMasked);
    m_bn->clear();
    m_bn->setPlaceholderText(p.bnMasked.isEmpty() ? tr("not on file") : p.bnMasked);
    m_address1->setText(p.addressLine1);
    m_address2->setText(p.addressLine2);
    m_city->setText(p.city);
    m_province->setCurrentIndex(qMax(0, m_province->findData(p.province)));
    m_postal->setText(p.postalCode);
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
    m_consent->setChecked(p.electronicConsent);
    m_reveal->setEnabled(p.id != 0 && (!p.sinMasked.isEmpty() || !p.bnMasked.isEmpty()));
    m_loading = false;
    validate();
    // Stored problems that typing has not touched yet are shown too.
    if (!p.sinMasked.isEmpty() && !p.sinValid) {
        m_messages.value(QStringLiteral("sin"))
            ->setText(tr("The SIN on file fails the check digit: retype it."));
        m_messages.value(QStringLiteral("sin"))->setVisible(true);
    }
}

void TaxProfileEditor::showRevealed(const QString &sin, const QString &bn) {
    m_revealed = true;
    m_sin->setPlaceholderText(sin.isEmpty() ? tr("not on file") : Sin::formatted(sin));
    m_bn->setPlaceholderText(bn.isEmpty() ? tr("not on file") : bn);
}

void TaxProfileEditor::setReadOnly(bool readOnly) {
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
}

TaxProfile TaxProfileEditor::profile() const {
    TaxProfile p = m_profile;
    p.recipientKind = RecipientKind(m_kind->currentData().toInt());
    p.surname = m_surname->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.initial = m_initial->text().trimmed();
    p.businessName = m_business->text().trimmed();
    p.businessName2 = m_business2->text().trimmed();
    p.sin = m_sin->text().trimmed().isEmpty() ? QString() : Sin::normalized(m_sin->text());
    p.bn = m_bn->text().trimmed().isEmpty() ? QString() : BusinessNumber::normalized(m_bn->text());
    p.addressLine1 = m_address1->text().trimmed();
    p.addressLine2 = m_address2->text().trimmed();
    p.city = m_city->text().trimmed();
    p.province = m_province->currentData().toString();
    p.postalCode = T4ARules::normalizedPostalCode(m_postal->text().trimmed());
    p.language = m_language->currentData().toString();
    p.electronicConsent = m_consent->isChecked();
    return p;
}

QLabel *TaxProfileEditor::messageLabel(const QString &field) const {
    return m_messages.value(field);
}

QStringList TaxProfileEditor::problems() const {
    QStringList out;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (!it.value()->text().isEmpty())
            out << it.key();
    return out;
}

void TaxProfileEditor::validate() {
    if (m_loading)
        return;
    auto set = [this](const QString &field, const QString &message) {
        QLabel *l = m_messages.value(field);
        l->setText(message);
        l->setVisible(!message.isEmpty());
    };
    const bool business = RecipientKind(m_kind->currentData().toInt()) == RecipientKind::Business;
    auto length = [&](QLineEdit *e, const QString &field, int limit, bool required) {
        const int n = int(e->text().trimmed().size());
        if (required && n == 0)
            set(field, tr("Required"));
        else if (n > limit)
            set(field, tr("Too long for the CRA layout: %1 characters, at most %2").arg(n).arg(limit));
        else
            set(field, QString());
    };
    length(m_surname, QStringLiteral("surname"), T4ARules::kSurnameMax, !business);
    length(m_given, QStringLiteral("givenName"), T4ARules::kGivenNameMax, false);
    length(m_initial, QStringLiteral("initial"), T4ARules::kInitialMax, false);
    length(m_business, QStringLiteral("businessName"), T4ARules::kBusinessNameLineMax, business);
    length(m_business2, QStringLiteral("businessName2"), T4ARules::kBusinessNameLineMax, false);
    length(m_address1, QStringLiteral("address1"), T4ARules::kAddressLineMax, false);
    length(m_address2, QStringLiteral("address2"), T4ARules::kAddressLineMax, false);
    length(m_city, QStringLiteral("city"), T4ARules::kCityMax, false);

    const QString sin = m_sin->text().trimmed();
    if (sin.isEmpty())
        set(QStringLiteral("sin"), QString());
    else if (!Sin::isWellFormed(sin))
        set(QStringLiteral("sin"), tr("A SIN has 9 digits"));
    else if (!Sin::isValid(sin))
        set(QStringLiteral("sin"),
            tr("Check digit does not match (expected %1): a digit is probably mistyped")
                .arg(Sin::expectedCheckDigit(sin)));
    else
        set(QStringLiteral("sin"), QString());

    const QString bn = m_bn->text().trimmed();
    set(QStringLiteral("bn"), bn.isEmpty() || BusinessNumber::isValid(bn)
                                  ? QString()
                                  : tr("A BN is 9 digits, 2 letters and 4 digits (123456789RT0001)"));

    const QString postal = T4ARules::normalizedPostalCode(m_postal->text().trimmed());
    const QString province = m_province->currentData().toString();
    if (postal.isEmpty())
        set(QStringLiteral("postalCode"), QString());
    else if (!T4ARules::isValidPostalCode(postal))
        set(QStringLiteral("postalCode"), tr("Postal codes look like A1A 1A1"));
    else if (!province.isEmpty() && !T4ARules::postalCodeMatchesProvince(postal, province))
        set(QStringLiteral("postalCode"),
            tr("FSA %1 is in %2, not %3")
                .arg(postal.left(3), T4ARules::provincesForPostalCode(postal).join(u'/'), province));
    else
        set(QStringLiteral("postalCode"), QString());

    m_surname->setEnabled(!business);
    m_given->setEnabled(!business);
    m_initial->setEnabled(!business);
    m_save->setEnabled(problems().isEmpty());
}

} // namespace adesk
